using MudBlazor;

namespace Beleidsdag.Web.Components.Layout;

/// <summary>One palette for the console and the screen. System fonts: the room may have no internet.</summary>
public static class BeleidsdagTheme
{
    private static readonly string[] Fonts = ["Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Console { get; } = new()
    {
        // Success and warning darker than MudBlazor's: white on its green (2.2:1) and orange (2.2:1) cannot be read (WCAG AA needs 4.5).
        PaletteLight = new PaletteLight { Primary = "#1f4e79", Secondary = "#c05600", AppbarBackground = "#1f4e79", Success = "#2e7d32", Warning = "#9a5b00" },
        Typography = new Typography { Default = new DefaultTypography { FontFamily = Fonts } },
    };

    public static MudTheme Screen { get; } = new()
    {
        PaletteLight = new PaletteLight { Primary = "#1f4e79", Secondary = "#c05600", Background = "#ffffff", TextPrimary = "#111111" },
        Typography = new Typography { Default = new DefaultTypography { FontFamily = Fonts } },
    };
}
