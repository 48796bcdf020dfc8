namespace OpenApiStatusLint.OpenApi.Tests;

/// <summary>Pointers into Microsoft.OpenApi's 3.x model, turned into pointers into the file as written.</summary>
public class SourcePointerTests
{
    [Theory]
    [InlineData("#/components/schemas/Pet/required", "#/definitions/Pet/required")]
    [InlineData("#/components/responses/NotFound/content/application~1json/schema/type", "#/responses/NotFound/schema/type")]
    [InlineData("#/paths/~1pets/get/responses/200/content/application~1json/schema", "#/paths/~1pets/get/responses/200/schema")]
    [InlineData("#/components/securitySchemes/key", "#/securityDefinitions/key")]
    [InlineData("#/paths/~1pets/get/parameters/0/in", "#/paths/~1pets/get/parameters/0/in")]
    public void A_swagger_2_pointer_is_translated_to_where_2_0_writes_it(string model, string source) =>
        SourcePointer.From(model, swagger2: true).Should().Be(source);

    [Fact]
    public void A_3_x_pointer_is_the_source_pointer() =>
        SourcePointer.From("#/components/schemas/Pet/required", swagger2: false).Should().Be("#/components/schemas/Pet/required");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("#line=3")]
    [InlineData("paths/~1pets")]
    public void What_is_not_a_pointer_names_no_place(string? pointer) =>
        SourcePointer.From(pointer, swagger2: false).Should().BeNull();
}
