using Microsoft.AspNetCore.Authentication.BearerToken;
using PetsApi;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddAuthentication(BearerTokenDefaults.AuthenticationScheme).AddBearerToken();
builder.Services.AddAuthorization();
builder.Services.AddSingleton<PetStore>();
builder.Services.AddOpenApi(options =>
{
    options.AddDocumentTransformer<BearerSecuritySchemeTransformer>();
    options.AddOperationTransformer<BearerSecurityRequirementTransformer>();
    options.AddOperationTransformer<CreatedLocationHeaderTransformer>();
});

var app = builder.Build();

// Every unhandled exception becomes the 500 with an ApiError body that the endpoints declare.
app.UseExceptionHandler(errorApp => errorApp.Run(context =>
    TypedResults.Json(new ApiError(StatusCodes.Status500InternalServerError, "internal-error", "Something went wrong on our side."),
        statusCode: StatusCodes.Status500InternalServerError).ExecuteAsync(context)));
app.UseAuthentication();
app.UseAuthorization();

app.MapOpenApi();
app.MapPetEndpoints();

app.Run();

/// <summary>Public so that tests can start the app with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
