namespace PetsApi;

/// <summary>A pet in the store.</summary>
public sealed record Pet(int Id, string Name, string Species);
