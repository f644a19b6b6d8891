namespace SparkAds.Analyzers.Switches;

/// <summary>What happens to one owed value in a switch (see <see cref="SwitchEvaluator"/>).</summary>
internal enum SwitchOutcome
{
    /// <summary>Taken by an arm whose pattern names it.</summary>
    Handled,

    /// <summary>Taken by a relational, <c>not</c> or other non-catch-all arm that does not name it: SPARK002, no new arm.</summary>
    Fallback,

    /// <summary>Taken by a catch-all that does more than throw: SPARK002, and the fix names it where it can (<see cref="SwitchFixPlan"/>).</summary>
    FallbackAtCatchAll,

    /// <summary>Taken by a catch-all that only throws: SPARK001, and the fix names it where it can.</summary>
    UnhandledAtCatchAll,

    /// <summary>Taken by no arm: SPARK001, and the fix names it.</summary>
    Unhandled,
}
