namespace Beleidsdag.Domain.Participants;

/// <summary>
/// How many people the facilitator expects per side (the college has five to nine members): the console marks
/// "9 van 7" when more joined as CBS/VB than there are, a sign that someone chose the wrong side or joined twice.
/// </summary>
public sealed record ExpectedTurnout(int? CbsVb, int? Mat)
{
    public const int Maximum = 500;

    public static ExpectedTurnout None { get; } = new(null, null);

    public int? Of(Side side) => side switch
    {
        Side.CbsVb => CbsVb,
        Side.Mat => Mat,
        _ => null,
    };

    public bool IsValid => CbsVb is null or (>= 0 and <= Maximum) && Mat is null or (>= 0 and <= Maximum);

    /// <summary>True when more joined on this side than expected.</summary>
    public bool IsExceeded(Side side, int joined) => Of(side) is { } expected && joined > expected;
}
