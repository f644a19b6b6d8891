namespace SparkAds.Analyzers.Tests.Switches;

/// <summary>The consumer class every switch test wraps its members in: a <c>Handler</c> with a <c>Log</c> method to call from arms.</summary>
public static class HandlerSource
{
    /// <summary>Wraps <paramref name="body"/>; <paramref name="usings"/> (each line ending in a line break) follow <c>using SparkAds;</c>.</summary>
    public static string Wrap(string body, string usings = "") => $$"""
        using System;
        using SparkAds;
        {{usings}}
        public static class Handler
        {
            public static void Log(object value) { }

        {{body}}
        }
        """;
}
