namespace SparkAds.Analyzers.CustomIdentity;

/// <summary>What selects Custom Identity at a SPARK004 site, which says how the fix replaces it.</summary>
internal enum IdentityForm
{
    /// <summary>A string literal (regular, verbatim or raw); the fix rewrites it in the same form.</summary>
    Literal,

    /// <summary>A reference to a string constant; the fix uses a sibling constant or a literal.</summary>
    Constant,

    /// <summary>Any other constant expression (concatenation, cast); the fix replaces it with a literal.</summary>
    Expression,

    /// <summary>
    /// <c>CUSTOMIZED_USER</c> as the <c>identity_type</c> value in JSON written inside a string literal; the reported span is
    /// the value alone, and the fix replaces those characters, keeping the string and its quoting.
    /// </summary>
    JsonText,

    /// <summary>An enum member that serialises to <c>CUSTOMIZED_USER</c>; the fix uses a sibling member that serialises to the replacement.</summary>
    EnumMember,

    /// <summary>An enum member whose name is the value (<c>nameof</c>, <c>ToString()</c>); the fix uses a sibling named as the replacement.</summary>
    EnumMemberName,
}
