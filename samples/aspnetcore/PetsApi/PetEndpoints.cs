using Microsoft.AspNetCore.Http.HttpResults;

namespace PetsApi;

/// <summary>
/// The /pets endpoints. Their declared responses are complete but for two deliberate gaps that the
/// statuslint tests and CI expect to find: GET /pets declares no 500, and the secured
/// DELETE /pets/{id} declares no 401.
/// </summary>
public static class PetEndpoints
{
    public static void MapPetEndpoints(this IEndpointRouteBuilder app)
    {
        var pets = app.MapGroup("/pets").WithTags("Pets");

        // Deliberate gap: no 500, although the exception handler can send one.
        pets.MapGet("/", (PetStore store) => TypedResults.Ok(store.All()))
            .WithName("ListPets");

        pets.MapGet("/{id}", GetPet)
            .WithName("GetPet")
            .Produces(StatusCodes.Status400BadRequest)
            .Produces<ApiError>(StatusCodes.Status500InternalServerError);

        pets.MapPost("/", CreatePet)
            .WithName("CreatePet")
            .Produces<ApiError>(StatusCodes.Status500InternalServerError);

        // Deliberate gap: secured, yet no 401 (a request without a valid token gets one).
        pets.MapDelete("/{id}", DeletePet)
            .WithName("DeletePet")
            .RequireAuthorization()
            .Produces(StatusCodes.Status400BadRequest)
            .Produces(StatusCodes.Status403Forbidden)
            .Produces<ApiError>(StatusCodes.Status500InternalServerError);
    }

    private static Results<Ok<Pet>, NotFound> GetPet(int id, PetStore store) =>
        store.Find(id) is { } pet ? TypedResults.Ok(pet) : TypedResults.NotFound();

    private static Results<Created, BadRequest<ApiError>> CreatePet(NewPet pet, PetStore store)
    {
        if (string.IsNullOrWhiteSpace(pet.Name))
        {
            return TypedResults.BadRequest(new ApiError(StatusCodes.Status400BadRequest, "invalid-pet", "A pet needs a name."));
        }

        var added = store.Add(pet);
        return TypedResults.Created($"/pets/{added.Id}");
    }

    private static Results<NoContent, NotFound> DeletePet(int id, PetStore store) =>
        store.Remove(id) ? TypedResults.NoContent() : TypedResults.NotFound();
}
