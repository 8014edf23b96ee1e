using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Beleidsdag.Web.Hosting;

/// <summary>
/// The login form posts here (a plain endpoint: SignInAsync needs the HTTP response, which an interactive
/// component does not have). The form carries an antiforgery token, which minimal APIs check for [FromForm].
/// </summary>
public static class LoginEndpoints
{
    public const string RateLimitPolicy = "login";

    public static void MapLoginEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/login", async (HttpContext context, [FromForm] string? password, [FromForm] string? returnUrl, FacilitatorPassword facilitator, FacilitatorSessions sessions) =>
        {
            if (!facilitator.Verify(password))
            {
                return Results.Redirect("/login?fout=1" + (IsLocalUrl(returnUrl) ? "&returnUrl=" + Uri.EscapeDataString(returnUrl!) : string.Empty));
            }

            Claim[] claims = [new(ClaimTypes.Name, "begeleider"), new(FacilitatorSessions.ClaimType, sessions.Start())];
            var identity = new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme);
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            return Results.Redirect(IsLocalUrl(returnUrl) ? returnUrl! : "/");
        }).RequireRateLimiting(RateLimitPolicy);

        endpoints.MapPost("/logout", async (HttpContext context, FacilitatorSessions sessions) =>
        {
            // Ends the login on the server too: a copy of this cookie stops working.
            sessions.End(context.User.FindFirstValue(FacilitatorSessions.ClaimType));
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/login");
        });
    }

    private static bool IsLocalUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
