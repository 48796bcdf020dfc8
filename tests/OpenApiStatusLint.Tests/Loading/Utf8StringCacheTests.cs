using System.Text;
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Tests.Loading;

/// <summary>The parser's string cache gives back the text it was handed, once per distinct short text.</summary>
public class Utf8StringCacheTests
{
    [Theory]
    [InlineData("description")]
    [InlineData("")]
    [InlineData("Zürich ☕ 😀")]
    [InlineData("#/components/schemas/validation-error-simple")]
    public void A_short_text_comes_back_as_one_shared_string(string text)
    {
        var cache = new Utf8StringCache();

        var first = cache.Get(Encoding.UTF8.GetBytes(text));
        var second = cache.Get(Encoding.UTF8.GetBytes(text));

        first.Should().Be(text);
        second.Should().BeSameAs(first);
    }

    [Fact]
    public void A_long_text_is_decoded_whole()
    {
        var text = string.Concat(Enumerable.Repeat("a long description é ", 10));

        new Utf8StringCache().Get(Encoding.UTF8.GetBytes(text)).Should().Be(text);
    }

    [Fact]
    public void Many_distinct_texts_each_keep_their_own_string()
    {
        var cache = new Utf8StringCache();
        var texts = Enumerable.Range(0, 60_000).Select(i => $"key-{i}-ü").ToList();
        var firsts = texts.Select(text => cache.Get(Encoding.UTF8.GetBytes(text))).ToList();

        var again = texts.Select(text => cache.Get(Encoding.UTF8.GetBytes(text))).ToList();

        again.Should().Equal(texts);
        // Up to the cache's bound, the same string object comes back; past it, equal strings are made anew.
        again.Zip(firsts).Take(50_000).Should().OnlyContain(pair => ReferenceEquals(pair.First, pair.Second));
    }
}
