namespace SparkAds.Analyzers.Conversions;

/// <summary>How the SPARK007 fix writes <c>GetKey()</c> where a member name was taken.</summary>
internal enum GetKeyForm
{
    /// <summary><c>ToString</c> becomes <c>GetKey</c> in the same member access (<c>e.GetKey()</c>, <c>x?.E.GetKey()</c>).</summary>
    Rename,

    /// <summary>A nullable receiver of <c>ToString()</c>: <c>(e?.GetKey() ?? "")</c>, which is <c>""</c> for null as <c>ToString()</c> was.</summary>
    NullableReceiver,

    /// <summary><c>Enum.GetName</c> of a value: <c>value.GetKey()</c>.</summary>
    Call,

    /// <summary><c>Enum.GetName</c> of a nullable value: <c>value?.GetKey()</c>.</summary>
    NullableCall,

    /// <summary>The extension is not in scope where the value is: <c>SparkAdsErrorExtensions.GetKey(value)</c>, qualified as the file can bind it.</summary>
    Static,
}
