using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;

namespace SparkAds.Analyzers.Conversions;

/// <summary>
/// The diagnostic of one conversion: at the node the fix replaces, naming the expression as written (on one line,
/// shortened when long), with what the fix writes in its properties (<see cref="DiagnosticPropertyNames.Conversion"/>
/// and the rest) so the fix derives nothing the analyzer decided.
/// </summary>
internal sealed class ConversionReport
{
    /// <summary>How long an expression named in a message may be before it is shortened with an ellipsis.</summary>
    public const int MaxExpressionLength = 48;

    private readonly ImmutableDictionary<string, string?>.Builder _properties = ImmutableDictionary.CreateBuilder<string, string?>();

    /// <summary>A report whose fix writes <paramref name="conversion"/> (a <c>Conversion*</c> value; <see langword="null"/>: no fix).</summary>
    public ConversionReport(string? conversion)
    {
        if (conversion is not null)
        {
            _properties[DiagnosticPropertyNames.Conversion] = conversion;
        }
    }

    /// <summary>How the fix writes the generated type <paramref name="typeName"/> at <paramref name="at"/> (<see cref="GeneratedNameQualifier"/>).</summary>
    public ConversionReport WithQualifier(SemanticModel model, SyntaxNode at, INamedTypeSymbol errorEnum, string typeName, System.Threading.CancellationToken cancellationToken)
        => With(DiagnosticPropertyNames.Qualifier, GeneratedNameQualifier.Of(model, at.SpanStart, errorEnum, typeName, cancellationToken));

    public ConversionReport With(string name, string? value)
    {
        if (value is not null)
        {
            _properties[name] = value;
        }

        return this;
    }

    public ConversionReport WithArgument(int index) => With(DiagnosticPropertyNames.ValueArgument, index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Drops the fix: no rewrite of this form compiles.</summary>
    public ConversionReport WithoutFix()
    {
        _properties.Remove(DiagnosticPropertyNames.Conversion);
        return this;
    }

    public Diagnostic Create(DiagnosticDescriptor descriptor, SyntaxNode at, params object[] messageArguments)
        => Diagnostic.Create(descriptor, at.GetLocation(), _properties.ToImmutable(), messageArguments);

    /// <summary><paramref name="node"/> as written, on one line (runs of whitespace become one space), shortened with "…" past <see cref="MaxExpressionLength"/>.</summary>
    public static string TextOf(SyntaxNode node)
    {
        var text = node.ToString();
        var builder = new StringBuilder(System.Math.Min(text.Length, MaxExpressionLength + 1));
        var space = false;
        foreach (var character in text)
        {
            if (char.IsWhiteSpace(character))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(character);
            if (builder.Length > MaxExpressionLength)
            {
                return builder.ToString(0, MaxExpressionLength - 1) + "…";
            }
        }

        return builder.ToString();
    }
}
