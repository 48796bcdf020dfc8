namespace OpenApiStatusLint.Rules.Level3;

/// <summary>How the level3 conditions and checks read their YAML arguments; <see cref="Vocabulary"/> registers them by name.</summary>
public static class Level3Vocabulary
{
    /// <summary><c>level3-profiles: [entity]</c>.</summary>
    public static ICondition Profiles(PackNode node) => new DeclaredProfileCondition(node.Strings());

    /// <summary><c>resource-offers: [patch]</c>.</summary>
    public static ICondition ResourceOffers(PackNode node) => new ResourceOffersCondition(node.Strings());

    /// <summary><c>level3-profile-declaration: {profiles: …}</c>.</summary>
    public static IRuleCheck Declaration(PackNode node) => new ProfileDeclarationCheck(Table(node));

    /// <summary><c>level3-profiles-declared: {}</c>.</summary>
    public static IRuleCheck Declared(PackNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new ProfilesDeclaredCheck();
    }

    /// <summary><c>level3-methods: {profiles: …}</c>.</summary>
    public static IRuleCheck Methods(PackNode node) => new ProfileMethodsCheck(Table(node));

    /// <summary><c>level3-required-methods: {profiles: …}</c>.</summary>
    public static IRuleCheck RequiredMethods(PackNode node) => new RequiredMethodsCheck(Table(node));

    /// <summary><c>level3-required-codes: {profiles: …}</c>.</summary>
    public static IRuleCheck RequiredCodes(PackNode node) => new ProfileRequiredCodesCheck(Table(node));

    /// <summary><c>level3-allowed-codes: {profiles: …, always: [401, …]}</c>.</summary>
    public static IRuleCheck AllowedCodes(PackNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        node.AllowOnly("profiles", "always");
        var always = node.Member("always");
        return new ProfileAllowedCodesCheck(ProfileTable.Read(node.Member("profiles")), always.IsMissing ? [] : always.StatusCodes());
    }

    /// <summary><c>response-header-one-of: {codes: [200], headers: [ETag, Last-Modified]}</c>.</summary>
    public static IRuleCheck AnyResponseHeader(PackNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        node.AllowOnly("codes", "headers");
        var headers = node.Member("headers").Strings();
        return headers.Count > 0
            ? new AnyResponseHeaderCheck(node.Member("codes").StatusCodes(), headers)
            : throw node.Member("headers").Error("expected at least one header");
    }

    private static ProfileTable Table(PackNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        node.AllowOnly("profiles");
        return ProfileTable.Read(node.Member("profiles"));
    }
}
