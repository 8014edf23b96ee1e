using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Beleidsdag.Domain.Polls;

namespace Beleidsdag.Web.Realtime;

/// <summary>
/// How the hubs write JSON (docs/protocol.md): camelCase enums, and a result carries a "kind" so a client
/// knows which result it got. Configured here rather than with attributes, so the Domain stays free of
/// serialisation concerns. .NET clients (tests) use the same settings.
/// </summary>
public static class WireJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DescribeResultKinds } };
    }

    private static void DescribeResultKinds(JsonTypeInfo info)
    {
        if (info.Type != typeof(QuestionResult))
        {
            return;
        }

        info.PolymorphismOptions = new JsonPolymorphismOptions
        {
            TypeDiscriminatorPropertyName = "kind",
            DerivedTypes =
            {
                new JsonDerivedType(typeof(ChoiceResult), "choice"),
                new JsonDerivedType(typeof(ScaleResult), "scale"),
                new JsonDerivedType(typeof(WordCloudResult), "wordCloud"),
                new JsonDerivedType(typeof(OpenTextResult), "openText"),
                new JsonDerivedType(typeof(RankingResult), "ranking"),
                new JsonDerivedType(typeof(PointsResult), "points"),
            },
        };
    }
}
