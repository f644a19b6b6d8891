namespace SparkAds.Analyzers.Switches;

/// <summary>One value a switch owes: <c>null</c>, an integral value (an enum member's value or a code) or a key.</summary>
internal readonly struct SwitchValue
{
    private SwitchValue(bool isNull, long integer, string? text)
    {
        IsNull = isNull;
        Integer = integer;
        Text = text;
    }

    public static SwitchValue Null => new(isNull: true, 0, null);

    public bool IsNull { get; }

    public long Integer { get; }

    public string? Text { get; }

    public static SwitchValue Of(long integer) => new(isNull: false, integer, null);

    public static SwitchValue Of(string text) => new(isNull: false, 0, text);
}
