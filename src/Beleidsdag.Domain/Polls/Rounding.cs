namespace Beleidsdag.Domain.Polls;

/// <summary>
/// The one rounding rule (docs/rules.md, "Percentages and rounding"): the screen, the console and the workbook
/// all round with these, so a figure reads the same everywhere. A half goes away from zero, as Excel and
/// JavaScript's Math.round round, and the number is rounded as it is written (in decimal), so 2.675 → 2.7.
/// </summary>
public static class Rounding
{
    /// <summary>count ÷ total as a whole percent; 0 when there is nothing to divide by. 5 of 8 → 63.</summary>
    public static int Percent(int count, int total) =>
        total == 0 ? 0 : (int)Math.Round(100m * count / total, MidpointRounding.AwayFromZero);

    /// <summary>A gap or another 0–100 figure shown as a whole number: 46.7 → 47.</summary>
    public static int Whole(double value) => (int)Math.Round((decimal)value, MidpointRounding.AwayFromZero);

    /// <summary>A mean or a score to one decimal: 3.75 → 3.8.</summary>
    public static double OneDecimal(double value) => (double)Math.Round((decimal)value, 1, MidpointRounding.AwayFromZero);
}
