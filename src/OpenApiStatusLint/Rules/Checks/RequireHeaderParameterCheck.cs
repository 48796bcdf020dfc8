using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Checks;

/// <summary><c>require-header-parameter: {header: If-Match, required: true}</c>: the operation takes the header (and requires it).</summary>
public sealed class RequireHeaderParameterCheck(string header, bool mustBeRequired) : IRuleCheck
{
    /// <inheritdoc />
    public IEnumerable<RuleFinding> Check(ApiOperation operation)
    {
        var parameter = operation.FindParameter(ParameterLocation.Header, header);
        if (parameter is not null && (parameter.Required || !mustBeRequired))
        {
            yield break;
        }

        yield return new RuleFinding(operation.Pointer, operation)
        {
            Header = header,
            Values = new Dictionary<string, string> { ["problem"] = parameter is null ? "does not take" : "does not require" },
        };
    }
}
