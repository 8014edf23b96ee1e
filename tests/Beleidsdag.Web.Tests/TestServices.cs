using MudBlazor;
using MudBlazor.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsdag.Web.Tests;

/// <summary>The one shared bUnit setup: loose JS interop, Mud services, no transitions.</summary>
internal static class TestServices
{
    public static BunitContext NewContext()
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices(o => o.SnackbarConfiguration.ShowTransitionDuration = 0);
        ctx.Services.AddSingleton<MudLocalizer>();
        return ctx;
    }
}
