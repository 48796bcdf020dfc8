using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Checks;

/// <summary>
/// <c>require-codes: [401]</c>: each listed code is declared. A range key of the same class
/// (<c>4XX</c>) satisfies it, but the finding stays as a note, since a client cannot tell the cases
/// apart; <c>default</c> never satisfies it. The finding lands on <c>responses</c> (or the operation).
/// </summary>
public sealed class RequireCodesCheck(IReadOnlyList<string> codes) : IRuleCheck
{
    /// <summary>The codes the rule requires (an editor's hover says which rule asks for a code).</summary>
    public IReadOnlyList<string> Codes => codes;

    /// <inheritdoc />
    public IEnumerable<RuleFinding> Check(ApiOperation operation)
    {
        foreach (var code in codes)
        {
            if (operation.ResponsesByCode.ContainsKey(code))
            {
                continue;
            }

            var range = StatusCodes.IsCode(code) ? $"{code[0]}XX" : null;
            var finding = new RuleFinding(operation.ResponsesPointer ?? operation.Pointer, operation) { Code = code, Fix = new FixRequest.AddResponse(code) };
            if (range is not null && operation.ResponsesByCode.ContainsKey(range))
            {
                yield return finding with
                {
                    Severity = Severity.Note,
                    Detail = $"({range} covers it; declare {code} so clients can tell it apart)",
                };
            }
            else
            {
                yield return finding;
            }
        }
    }
}
