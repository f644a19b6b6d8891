namespace SparkAds.Analyzers.Switches;

/// <summary>What happens to one owed value in a switch (see <see cref="SwitchEvaluator"/>).</summary>
internal enum SwitchOutcome
{
    /// <summary>Taken by an arm whose pattern names it.</summary>
    Handled,

    /// <summary>Taken by a relational, <c>not</c> or other non-catch-all arm that does not name it: SPARK002, no new arm.</summary>
    Fallback,

    /// <summary>
    /// Taken by a catch-all that does more than throw: SPARK002, and the fix names it (unless a guarded label stacked
    /// before the catch-all label in its section names it: then <see cref="Fallback"/>, as the fix cannot add a case).
    /// </summary>
    FallbackAtCatchAll,

    /// <summary>Taken by a catch-all that only throws: SPARK001, and the fix names it.</summary>
    UnhandledAtCatchAll,

    /// <summary>Taken by no arm: SPARK001, and the fix names it.</summary>
    Unhandled,

    /// <summary>
    /// Taken by a catch-all label that only throws, stacked in one section after a guarded label that names it
    /// (<c>case A when g: case var x: throw …;</c>): SPARK001, but the fix cannot add a case for it (before that
    /// section, the guarded label would become unreachable).
    /// </summary>
    UnhandledBesideGuardedLabel,
}
