using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Fixes;

/// <summary>
/// <c>fix</c> reuses the shared response that the document already refers to for a code; a
/// reference to a response that does not exist (where lint does not look, such as under an
/// extension) is not one to copy. Found by fuzz/run.sh: the fix added references to nothing, and
/// the fixed file no longer read.
/// </summary>
public class DanglingReferenceFixTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /a:
            # Not an operation, so lint does not follow its references.
            x-retired-get:
              responses:
                '200': {description: OK}
                '500':
                  $ref: '#/components/responses/ServerFault'
            get:
              responses:
                '200': {description: OK}
          /b:
            get:
              responses:
                '200': {description: OK}
        components:
          schemas:
            Error:
              type: object
              required: [code, type]
              properties:
                code: {type: integer, format: int32}
                type: {type: string}
                message: {type: string}

        """;

    [Fact]
    public void A_500_reference_to_nothing_is_not_copied_the_fix_creates_the_standard_response()
    {
        using var folder = new TempFolder();
        var file = folder.Write("openapi.yaml", Spec);

        var fix = InProcessCli.Run(folder.Path, "fix", "openapi.yaml", "--write");
        var fixedText = File.ReadAllText(file);
        var lint = InProcessCli.Run(folder.Path, "lint", "openapi.yaml");

        fix.ExitCode.Should().Be(0, fix.Error);
        fix.Output.Should().Contain("created #/components/responses/InternalServerError")
            .And.Contain("added 500 to GET /a ($ref: #/components/responses/InternalServerError)")
            .And.Contain("added 500 to GET /b ($ref: #/components/responses/InternalServerError)");
        fixedText.Split("#/components/responses/ServerFault").Should().HaveCount(2, "the user's own reference stays, and no second one is made");
        lint.Output.Should().NotContain("declare 500").And.NotContain("unresolved-ref").And.NotContain("parse-error");
    }
}
