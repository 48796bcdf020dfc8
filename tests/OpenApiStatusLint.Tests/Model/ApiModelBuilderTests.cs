using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Model;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Model;

public class ApiModelBuilderTests
{
    private static ApiDescription Build(string yaml)
    {
        using var folder = new TempFolder();
        var loaded = DocumentLoader.Load(folder.Write("api.yaml", yaml));
        loaded.Document.Should().NotBeNull(string.Join("; ", loaded.Diagnostics.Select(d => d.Message)));
        return ApiModelBuilder.Build(loaded.Document!);
    }

    [Fact]
    public void Every_operation_of_paths_and_webhooks_is_listed_with_its_pointers()
    {
        var api = ApiModelBuilder.Build(DocumentLoader.Load(Repo.Sample("petstore-3.2.yaml")).Document!);

        api.Operations.Should().Contain(o => o.Method == "QUERY");
        var copy = api.Operations.Should().ContainSingle(o => o.Method == "COPY").Subject;
        copy.Pointer.Should().EndWith("/additionalOperations/COPY");
        copy.ResponsesPointer.Should().Be(copy.Pointer + "/responses");
    }

    [Fact]
    public void Webhooks_are_operations_too()
    {
        var api = ApiModelBuilder.Build(DocumentLoader.Load(Repo.Sample("petstore-3.1.json")).Document!);

        var webhook = api.Operations.Should().ContainSingle(o => o.Source == OperationSource.Webhook).Subject;
        webhook.Pointer.Should().Be("#/webhooks/newPet/post");
        webhook.DisplayName.Should().Be("POST webhook newPet");
    }

    [Fact]
    public void Path_parameters_are_merged_and_the_operation_wins_on_name_and_location()
    {
        var api = Build(Specs.Yaml30(
            "  /pets/{id}:\n    parameters:\n      - {name: id, in: path, required: true, schema: {type: string}, description: shared}\n" +
            "      - {name: X-Trace, in: header, schema: {type: string}}\n" +
            "    get:\n      parameters:\n        - {name: id, in: path, required: true, schema: {type: integer}, description: own}\n" +
            "        - {name: If-None-Match, in: header, schema: {type: string}}\n" +
            "      responses:\n        '200': {description: ok}\n"));

        var operation = api.Operations.Single();
        operation.Parameters.Select(p => p.Name).Should().BeEquivalentTo("id", "X-Trace", "If-None-Match");
        operation.FindParameter(ParameterLocation.Path, "id")!.Description.Should().Be("own");
        operation.FindParameter(ParameterLocation.Header, "if-none-match").Should().NotBeNull();
        operation.HasPathTemplate.Should().BeTrue();
    }

    [Theory]
    [InlineData("security: [{key: []}]\n", "", true)]
    [InlineData("security: [{key: []}]\n", "      security: []\n", false)]
    [InlineData("security: [{key: []}]\n", "      security: [{}]\n", false)]
    [InlineData("", "      security: [{key: []}]\n", true)]
    [InlineData("", "", false)]
    [InlineData("", "      security: [{}, {key: []}]\n", true)]
    public void Effective_security_is_the_operations_own_or_else_the_documents(string documentSecurity, string operationSecurity, bool secured)
    {
        var api = Build(
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n" + documentSecurity +
            "components:\n  securitySchemes:\n    key: {type: apiKey, in: header, name: X-Key}\n" +
            "paths:\n  /a:\n    get:\n" + operationSecurity + "      responses:\n        '200': {description: ok}\n");

        api.Operations.Single().IsSecured.Should().Be(secured);
    }

    [Fact]
    public void Referenced_responses_are_resolved_and_their_chain_recorded()
    {
        var api = Build(Specs.Yaml30(
            "  /a:\n    get:\n      responses:\n        '200': {description: ok}\n        '404':\n          $ref: '#/components/responses/Missing'\n") +
            "components:\n  responses:\n    Missing:\n      $ref: '#/components/responses/NotFound'\n    NotFound:\n      description: gone\n" +
            "      content:\n        application/json:\n          schema: {type: object}\n");

        var notFound = api.Operations.Single().ResponsesByCode["404"];
        notFound.Pointer.Should().Be("#/paths/~1a/get/responses/404");
        notFound.ReferenceChain.Should().Equal("#/components/responses/Missing", "#/components/responses/NotFound");
        notFound.Description.Should().Be("gone");
        notFound.HasBody.Should().BeTrue();
        api.ReferenceProblems.Should().BeEmpty();
    }

    [Fact]
    public void A_circular_response_reference_is_a_problem_not_a_hang()
    {
        var api = Build(Specs.Yaml30(
            "  /a:\n    get:\n      responses:\n        '200':\n          $ref: '#/components/responses/A'\n") +
            "components:\n  responses:\n    A:\n      $ref: '#/components/responses/B'\n    B:\n      $ref: '#/components/responses/A'\n");

        api.ReferenceProblems.Should().ContainSingle().Which.Message.Should().Contain("circular");
    }

    [Fact]
    public void A_swagger_2_response_has_a_body_only_when_it_has_a_schema()
    {
        var api = ApiModelBuilder.Build(DocumentLoader.Load(Repo.Sample("petstore-2.0.yaml")).Document!);

        var responses = api.Operations.SelectMany(o => o.Responses).ToList();
        responses.Where(r => r.Code is "204" or "401" or "404").Should().OnlyContain(r => !r.HasBody);
        responses.Where(r => r.Code == "500").Should().OnlyContain(r => r.HasBody);
    }

    [Fact]
    public void Responses_from_another_file_are_resolved()
    {
        var api = ApiModelBuilder.Build(DocumentLoader.Load(Repo.Sample("multi-file/openapi.yaml")).Document!);

        api.Operations.SelectMany(o => o.Responses).Where(r => r.Code == "500")
            .Should().NotBeEmpty().And.OnlyContain(r => r.HasBody && r.Description != null);
    }

    [Fact]
    public void Operations_of_a_path_item_share_it_and_extensions_keep_their_text()
    {
        var api = Build("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            x-audience: [public, 2, true, {nested: x}]
            paths:
              /jobs:
                x-internal: True
                x-owner: {team: ops}
                get:
                  x-rate: 1.0
                  responses: {'200': {description: ok}}
                delete:
                  responses: {'204': {description: ok}}
            """);

        var (get, delete) = (api.Operations[0], api.Operations[1]);
        get.PathItem.Should().BeSameAs(delete.PathItem, "a rule computes per path item once, keyed by it");
        get.PathItem.Extensions.Find("x-internal").Should().BeEquivalentTo(new ExtensionValue(["true"], IsList: false), "booleans compare as true and false");
        get.PathItem.Extensions.Find("x-owner").Should().BeEquivalentTo(new ExtensionValue([], IsList: false), "a mapping is present, with no value kept");
        get.Extensions.Find("x-rate")!.Values.Should().Equal("1.0");
        delete.Extensions.Names.Should().BeEmpty();
        get.DocumentExtensions.Should().BeSameAs(delete.DocumentExtensions);
        get.DocumentExtensions.Find("x-audience").Should().BeEquivalentTo(new ExtensionValue(["public", "2", "true"], IsList: true));
    }
}
