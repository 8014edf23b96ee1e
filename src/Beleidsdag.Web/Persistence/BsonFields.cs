using LiteDB;

namespace Beleidsdag.Web.Persistence;

/// <summary>Field conversions every document family shares.</summary>
internal static class BsonFields
{
    // Fields added later are missing from older documents: false, or null.
    public static bool Flag(BsonValue value) => value.IsBoolean && value.AsBoolean;

    public static int? OptionalInt(BsonValue value) => value.IsInt32 ? value.AsInt32 : null;

    // Times are stored as UTC instants; LiteDB hands DateTimes back in local time, so convert on read.
    public static BsonValue Time(DateTimeOffset value) => new(value.UtcDateTime);

    public static DateTimeOffset Time(BsonValue value) => new(value.AsDateTime.ToUniversalTime(), TimeSpan.Zero);
}
