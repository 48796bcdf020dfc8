using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Checks;

/// <summary><c>codes-in-table: [200, 201, …]</c>: every declared status code is one the table lists (ranges and <c>default</c> are not checked).</summary>
public sealed class CodesInTableCheck(IReadOnlyList<string> table) : IRuleCheck
{
    /// <inheritdoc />
    public IEnumerable<RuleFinding> Check(ApiOperation operation) =>
        operation.Responses
            .Where(response => StatusCodes.IsCode(response.Code) && !table.Any(code => CodeMatcher.Matches(code, response.Code)))
            .Select(response => new RuleFinding(response.Pointer, operation) { Code = response.Code });
}
