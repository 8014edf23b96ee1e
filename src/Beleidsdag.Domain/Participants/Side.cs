namespace Beleidsdag.Domain.Participants;

/// <summary>Which side of the table a participant sits on. The split the whole day is about.</summary>
public enum Side
{
    /// <summary>The politicians: college van burgemeester en schepenen or vast bureau.</summary>
    CbsVb = 1,

    /// <summary>The civil servants: the managementteam.</summary>
    Mat = 2,

    /// <summary>Anyone else in the room (facilitator, guest, secretary).</summary>
    Anders = 3,
}

/// <summary>The sides' Dutch labels and wire codes, defined once.</summary>
public static class Sides
{
    public static IReadOnlyList<Side> All { get; } = [Side.CbsVb, Side.Mat, Side.Anders];

    public static string Label(Side side) => side switch
    {
        Side.CbsVb => "CBS/VB",
        Side.Mat => "MAT",
        Side.Anders => "Anders",
        _ => throw new ArgumentOutOfRangeException(nameof(side)),
    };

    public static string Description(Side side) => side switch
    {
        Side.CbsVb => "College van burgemeester en schepenen of vast bureau",
        Side.Mat => "Managementteam",
        Side.Anders => "Iemand anders (begeleider, gast, …)",
        _ => throw new ArgumentOutOfRangeException(nameof(side)),
    };

    /// <summary>The code phones send: "cbs", "mat", "anders".</summary>
    public static string Code(Side side) => side switch
    {
        Side.CbsVb => "cbs",
        Side.Mat => "mat",
        Side.Anders => "anders",
        _ => throw new ArgumentOutOfRangeException(nameof(side)),
    };

    public static bool TryParseCode(string? code, out Side side)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(Code(candidate), code, StringComparison.OrdinalIgnoreCase))
            {
                side = candidate;
                return true;
            }
        }

        side = default;
        return false;
    }
}
