using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Beleidsdag.Web.Hosting;

/// <summary>MudBlazor's few built-in texts in Dutch (no Dutch translation package is served here).</summary>
public sealed class DutchMudLocalizer : MudLocalizer
{
    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        ["MudDataGrid_Contains"] = "bevat",
        ["MudDataGrid_Equals"] = "is gelijk aan",
        ["MudInput_Clear"] = "Wissen",
        ["MudDialog_Close"] = "Sluiten",
        ["MudSnackbar_Close"] = "Sluiten",
        ["MudAlert_Close"] = "Sluiten",
        ["MudChip_Close"] = "Verwijderen",
        ["MudDatePicker_Close"] = "Sluiten",
        ["MudDatePicker_Open"] = "Openen",
        ["MudPagination_FirstPage"] = "Eerste pagina",
        ["MudPagination_LastPage"] = "Laatste pagina",
        ["MudPagination_NextPage"] = "Volgende pagina",
        ["MudPagination_PreviousPage"] = "Vorige pagina",
    };

    public override LocalizedString this[string key] =>
        Texts.TryGetValue(key, out var text) ? new LocalizedString(key, text) : new LocalizedString(key, key, resourceNotFound: true);
}
