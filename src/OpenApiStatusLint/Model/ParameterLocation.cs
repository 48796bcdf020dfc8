namespace OpenApiStatusLint.Model;

/// <summary>Where a parameter is sent. A Swagger 2.0 <c>in: body</c> or <c>formData</c> parameter is a request body instead.</summary>
public enum ParameterLocation
{
    /// <summary><c>in: query</c>.</summary>
    Query,

    /// <summary><c>in: header</c>.</summary>
    Header,

    /// <summary><c>in: path</c>.</summary>
    Path,

    /// <summary><c>in: cookie</c> (3.x).</summary>
    Cookie,

    /// <summary><c>in: querystring</c> (3.2): the whole query string as one value.</summary>
    QueryString,
}
