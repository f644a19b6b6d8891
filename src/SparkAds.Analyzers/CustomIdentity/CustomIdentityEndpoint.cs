using System;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SparkAds.Analyzers.CustomIdentity;

/// <summary>
/// Recognises strings that address TikTok's custom-identity creation endpoint (<c>…/identity/create/</c>),
/// as absolute URLs, relative paths, concatenations and interpolated strings.
/// </summary>
internal static class CustomIdentityEndpoint
{
    public const string Path = "identity/create";

    // Stands for a part of the string that is not known at compile time; it never matches a path character.
    private const char Unknown = '\0';

    // This thread's free builder for the known text of a concatenation or interpolation (characters only).
    [ThreadStatic]
    private static StringBuilder? t_text;

    /// <summary>
    /// True when <paramref name="operation"/> is a whole string (not a part of a larger concatenation or
    /// interpolation) whose compile-time known text addresses the endpoint.
    /// </summary>
    public static bool IsAddressedBy(IOperation operation)
    {
        if (operation.Type?.SpecialType != SpecialType.System_String || IsPartOfLargerString(operation))
        {
            return false;
        }

        // The common cases need no text of their own: a whole constant, and a value with no known text at all.
        if (operation.ConstantValue is { HasValue: true, Value: string constant })
        {
            return Addresses(constant);
        }

        if (operation.Kind is not (OperationKind.Binary or OperationKind.InterpolatedString or OperationKind.Conversion))
        {
            return false;
        }

        var text = t_text ?? new StringBuilder();
        t_text = null;
        try
        {
            AppendKnownText(operation, text);
            return Addresses(text.ToString());
        }
        finally
        {
            // Keep a small builder only: an unusually long text is not worth holding on to.
            t_text = text.Capacity <= 1024 ? text.Clear() : null;
        }
    }

    /// <summary>
    /// True when <paramref name="text"/> is a URL or path (no whitespace: a sentence that mentions the endpoint, such
    /// as a log template, addresses nothing) with <c>identity/create</c> as whole path segments.
    /// </summary>
    public static bool Addresses(string text)
    {
        if (text.IndexOf(Path, StringComparison.Ordinal) < 0 || HasWhitespace(text))
        {
            return false;
        }

        for (var index = text.IndexOf(Path, StringComparison.Ordinal); index >= 0; index = text.IndexOf(Path, index + 1, StringComparison.Ordinal))
        {
            var end = index + Path.Length;
            var startsSegment = index == 0 || text[index - 1] == '/';
            var endsSegment = end == text.Length || text[end] is '/' or '?' or '#';
            if (startsSegment && endsSegment)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasWhitespace(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPartOfLargerString(IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent is IInterpolationOperation or IInterpolatedStringTextOperation
               || (parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary && binary.Type?.SpecialType == SpecialType.System_String);
    }

    private static void AppendKnownText(IOperation operation, StringBuilder text)
    {
        switch (operation)
        {
            case { ConstantValue: { HasValue: true, Value: string value } }:
                text.Append(value);
                break;
            case IConversionOperation conversion:
                AppendKnownText(conversion.Operand, text);
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                AppendKnownText(binary.LeftOperand, text);
                AppendKnownText(binary.RightOperand, text);
                break;
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolatedStringTextOperation { Text.ConstantValue: { HasValue: true, Value: string partText } })
                    {
                        text.Append(partText);
                    }
                    else if (part is IInterpolationOperation { Expression: var expression, Alignment: null, FormatString: null })
                    {
                        AppendKnownText(expression, text);
                    }
                    else
                    {
                        text.Append(Unknown);
                    }
                }

                break;
            default:
                text.Append(Unknown);
                break;
        }
    }
}
