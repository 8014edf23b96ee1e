using MudBlazor;

namespace Beleidsdag.Web.Components.Layout;

/// <summary>One palette for the console and the screen. System fonts: the room may have no internet.</summary>
public static class BeleidsdagTheme
{
    private static readonly string[] Fonts = ["Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Console { get; } = new()
    {
        PaletteLight = new PaletteLight { Primary = "#1f4e79", Secondary = "#c05600", AppbarBackground = "#1f4e79" },
        Typography = new Typography { Default = new DefaultTypography { FontFamily = Fonts } },
    };

    public static MudTheme Screen { get; } = new()
    {
        PaletteLight = new PaletteLight { Primary = "#1f4e79", Secondary = "#c05600", Background = "#ffffff", TextPrimary = "#111111" },
        Typography = new Typography { Default = new DefaultTypography { FontFamily = Fonts } },
    };
}
