using System;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace SparkAds.Analyzers.Conversions;

/// <summary>
/// One conversion a rule reports: at the node the fix replaces, with the message's arguments (the expression named as
/// written, on one line, shortened when long). What the fix writes (<see cref="Fix"/>) is decided only when a fix asks,
/// from the same reading: the analyzer never pays for it, and the diagnostic carries nothing but its ID, location and
/// message.
/// </summary>
internal sealed class ConversionFinding(DiagnosticDescriptor descriptor, ExpressionSyntax node, object[] messageArguments, Func<ConversionFix?> fix)
{
    /// <summary>How long an expression named in a message may be before it is shortened with an ellipsis.</summary>
    public const int MaxExpressionLength = 48;

    public DiagnosticDescriptor Descriptor { get; } = descriptor;

    /// <summary>The node reported, which the fix replaces.</summary>
    public ExpressionSyntax Node { get; } = node;

    /// <summary>What the fix writes instead of <see cref="Node"/>; <see langword="null"/> where no rewrite compiles.</summary>
    public ConversionFix? Fix() => fix();

    public Diagnostic ToDiagnostic() => Diagnostic.Create(Descriptor, Node.GetLocation(), messageArguments);

    /// <summary>
    /// <paramref name="node"/> as written, on one line (runs of whitespace become one space), shortened with "…" past
    /// <see cref="MaxExpressionLength"/>; a value read at the start of a <c>?.</c> access with its receiver
    /// (<c>h?.Code</c> for the <c>.Code</c> of <c>h?.Code!.Value</c>).
    /// </summary>
    public static string TextOf(SyntaxNode node)
    {
        var text = ReceiverOf(node) is { } receiver
            ? node.SyntaxTree.GetText().ToString(TextSpan.FromBounds(receiver.SpanStart, node.Span.End))
            : node.ToString();
        var builder = new StringBuilder(Math.Min(text.Length, MaxExpressionLength + 1));
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

    /// <summary>The <c>?.</c> access whose value-when-not-null begins with <paramref name="node"/>; null when there is none.</summary>
    private static ConditionalAccessExpressionSyntax? ReceiverOf(SyntaxNode node)
    {
        for (var current = node; current.Parent is { } parent; current = parent)
        {
            if (parent is ConditionalAccessExpressionSyntax access && access.WhenNotNull == current)
            {
                return access;
            }

            if (parent.SpanStart != node.SpanStart)
            {
                return null;
            }
        }

        return null;
    }
}
