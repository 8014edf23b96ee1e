// The SignalR client is a classic script (wwwroot/lib/signalr), loaded before the page's module: a global.
declare const signalR: typeof import("@microsoft/signalr");
