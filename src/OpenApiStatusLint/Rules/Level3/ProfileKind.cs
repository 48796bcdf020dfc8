namespace OpenApiStatusLint.Rules.Level3;

/// <summary>Whether a Level 3 profile describes a resource on its own or adds to one.</summary>
public enum ProfileKind
{
    /// <summary>A base profile (Home, Data, Form, ...): a resource has exactly one.</summary>
    Base,

    /// <summary>A mixin (Entity, Preflight, Representation, Async): added to a base profile, any number.</summary>
    Mixin,
}
