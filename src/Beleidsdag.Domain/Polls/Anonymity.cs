namespace Beleidsdag.Domain.Polls;

/// <summary>The one threshold behind every per-side figure (docs/rules.md, "Anonymity").</summary>
public static class Anonymity
{
    /// <summary>1 to (minimum − 1): a group that "the whole minus the others" would reveal. None is not too small.</summary>
    public static bool IsTooSmall(int count, int minimumPerSide) => count > 0 && count < minimumPerSide;

    /// <summary>The size of a group that must stay out of every figure, or 0 when it may count.</summary>
    public static int SmallGroup(int count, int minimumPerSide) => IsTooSmall(count, minimumPerSide) ? count : 0;
}
