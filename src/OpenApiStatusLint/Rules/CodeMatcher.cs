using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules;

/// <summary>Compares a code from a pack (a code, a range, or <c>default</c>) with a declared response key.</summary>
public static class CodeMatcher
{
    /// <summary>True when <paramref name="declared"/> is <paramref name="wanted"/>, or lies in it when <paramref name="wanted"/> is a range.</summary>
    public static bool Matches(string wanted, string declared)
    {
        if (string.Equals(wanted, declared, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return StatusCodes.IsRange(wanted) && StatusCodes.IsCode(declared) && StatusCodes.ClassOf(wanted) == StatusCodes.ClassOf(declared);
    }

    /// <summary>True when a response key applies to a check that lists <paramref name="codes"/> (null means every response).</summary>
    public static bool Selects(IReadOnlyList<string>? codes, string declared)
    {
        if (codes is null)
        {
            return true;
        }

        // An index loop, not Any(): checks ask this for every response of every operation, and a lambda would be a closure each time.
        for (var i = 0; i < codes.Count; i++)
        {
            if (Matches(codes[i], declared))
            {
                return true;
            }
        }

        return false;
    }
}
