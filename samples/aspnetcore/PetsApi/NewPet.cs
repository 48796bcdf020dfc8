namespace PetsApi;

/// <summary>The body of <c>POST /pets</c>: a pet without its id, which the store assigns.</summary>
public sealed record NewPet(string Name, string Species);
