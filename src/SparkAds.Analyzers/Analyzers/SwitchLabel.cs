using Microsoft.CodeAnalysis;

namespace SparkAds.Analyzers.Analyzers;

/// <summary>
/// A constant in a case label or pattern: its value (null for <c>null</c>), the operation that wrote it, and
/// whether its arm handles it for certain (not under <c>not</c>, not behind a guard).
/// </summary>
internal readonly struct SwitchLabel
{
    public SwitchLabel(object? value, IOperation operation, bool handled)
    {
        Value = value;
        Operation = operation;
        Handled = handled;
    }

    public object? Value { get; }

    public IOperation Operation { get; }

    public bool Handled { get; }

    public SwitchLabel Unhandled() => new(Value, Operation, handled: false);
}
