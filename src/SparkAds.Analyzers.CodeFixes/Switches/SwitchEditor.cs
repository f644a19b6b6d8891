using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using SparkAds.Analyzers.Switches;

namespace SparkAds.Analyzers.CodeFixes.Switches;

/// <summary>
/// Writes what a <see cref="SwitchFixPlan"/> decided into one switch: the new sections (statement) or arms (expression)
/// at their positions, each case's remedy as a comment, and without the labels the plan removes. Pure syntax: every
/// decision about the switch's meaning came from the plan.
/// </summary>
internal static class SwitchEditor
{
    private const string NotImplemented = "throw new global::System.NotImplementedException()";

    private static readonly SyntaxAnnotation Removed = new("SparkAds.RemovedLabel");

    /// <summary>
    /// <paramref name="switchNode"/> with <paramref name="cases"/> added as <paramref name="plan"/> places them.
    /// <paramref name="statementBody"/> ends each new section of a statement (<c>break;</c>, or a <c>throw</c> where
    /// a <c>break</c> would change what the method returns).
    /// </summary>
    public static SyntaxNode Apply(SyntaxNode switchNode, SwitchFixPlan plan, ImmutableArray<MissingCase> cases, string statementBody, string endOfLine)
    {
        var marked = MarkRemovals(switchNode, plan);
        var nullCases = cases.Where(static c => c.Label == "null").ToImmutableArray();
        var others = (plan.InsertAt, cases.RemoveRange(nullCases), ValueText(marked, plan.ValueFrom));
        var nulls = (plan.NullInsertAt, nullCases, ValueText(marked, plan.NullValueFrom));
        var inserted = InsertInOrder(marked, others, nulls, (node, group) => node is SwitchStatementSyntax statement
            ? AddSections(statement, group.At, group.Cases, statementBody, endOfLine)
            : AddArms((SwitchExpressionSyntax)node, group.At, group.Cases, group.Value, endOfLine));
        return RemoveMarked(inserted);
    }

    /// <summary>
    /// Inserts the null case and the others; at one place, null first, as the diagnostic lists them; at two, the later
    /// place first, so the earlier index still points where it did.
    /// </summary>
    private static SyntaxNode InsertInOrder(
        SyntaxNode node,
        (int At, ImmutableArray<MissingCase> Cases, string Value) others,
        (int At, ImmutableArray<MissingCase> Cases, string Value) nulls,
        Func<SyntaxNode, (int At, ImmutableArray<MissingCase> Cases, string Value), SyntaxNode> insert)
    {
        if (nulls.Cases.IsEmpty || others.Cases.IsEmpty || nulls.At == others.At)
        {
            return nulls.Cases.IsEmpty ? insert(node, others) : insert(node, (nulls.At, nulls.Cases.AddRange(others.Cases), nulls.Value));
        }

        return nulls.At > others.At
            ? insert(insert(node, nulls), others)
            : insert(insert(node, others), nulls);
    }

    /// <summary>The value of the arm new expression arms copy (an unguarded <c>_</c>), else a <c>throw</c>.</summary>
    private static string ValueText(SyntaxNode switchNode, int? from)
        => switchNode is SwitchExpressionSyntax expression && from is { } index && index < expression.Arms.Count
            ? expression.Arms[index].Expression.WithoutTrivia().ToString()
            : NotImplemented;

    private static SyntaxNode MarkRemovals(SyntaxNode switchNode, SwitchFixPlan plan)
    {
        var targets = new List<SyntaxNode>();
        foreach (var (section, label) in plan.Removals)
        {
            switch (switchNode)
            {
                case SwitchStatementSyntax statement when section < statement.Sections.Count && label < statement.Sections[section].Labels.Count:
                    targets.Add(statement.Sections[section].Labels[label]);
                    break;
                case SwitchExpressionSyntax expression when section < expression.Arms.Count:
                    targets.Add(expression.Arms[section]);
                    break;
            }
        }

        return targets.Count == 0 ? switchNode : switchNode.ReplaceNodes(targets, static (_, current) => current.WithAdditionalAnnotations(Removed));
    }

    private static SyntaxNode RemoveMarked(SyntaxNode switchNode)
    {
        switch (switchNode)
        {
            case SwitchExpressionSyntax expression:
                var arms = expression.Arms;
                for (var i = arms.Count - 1; i >= 0; i--)
                {
                    if (arms[i].HasAnnotation(Removed))
                    {
                        arms = arms.RemoveAt(i);
                    }
                }

                return expression.WithArms(arms);

            case SwitchStatementSyntax statement when statement.Sections.Any(static s => s.Labels.Any(static l => l.HasAnnotation(Removed))):
                var trimmed = statement.ReplaceNodes(
                    statement.Sections.Where(static s => s.Labels.Any(static l => l.HasAnnotation(Removed))),
                    static (_, section) => section.WithLabels(new SyntaxList<SwitchLabelSyntax>(section.Labels.Where(static l => !l.HasAnnotation(Removed)))));
                return trimmed.RemoveNodes(trimmed.Sections.Where(static s => s.Labels.Count == 0), SyntaxRemoveOptions.KeepNoTrivia) ?? trimmed;

            default:
                return switchNode;
        }
    }

    private static SwitchStatementSyntax AddSections(SwitchStatementSyntax statement, int at, ImmutableArray<MissingCase> cases, string body, string endOfLine)
    {
        var switchIndent = SwitchWritingStyle.IndentOf(statement.SwitchKeyword, string.Empty);
        var indent = statement.Sections.Count > 0 ? SwitchWritingStyle.IndentOf(statement.Sections[0].GetFirstToken(), switchIndent + "    ") : switchIndent + "    ";
        var bodyIndent = indent + "    ";
        var text = new StringBuilder("switch (x)").Append(endOfLine).Append('{').Append(endOfLine);
        foreach (var missing in cases)
        {
            text.Append(indent).Append("case ").Append(missing.Label).Append(':').Append(endOfLine);
            foreach (var comment in missing.Comments)
            {
                text.Append(bodyIndent).Append("// ").Append(comment).Append(endOfLine);
            }

            text.Append(bodyIndent).Append(body).Append(endOfLine);
        }

        text.Append('}');
        var parsed = (SwitchStatementSyntax)SyntaxFactory.ParseStatement(text.ToString());
        var added = parsed.Sections.Select(static section => AnnotateQualifiedNames(section));
        return statement.WithSections(statement.Sections.InsertRange(Math.Min(at, statement.Sections.Count), added));
    }

    private static SwitchExpressionSyntax AddArms(SwitchExpressionSyntax expression, int at, ImmutableArray<MissingCase> cases, string value, string endOfLine)
    {
        at = Math.Min(at, expression.Arms.Count);
        var switchIndent = SwitchWritingStyle.IndentOf(expression.SwitchKeyword, string.Empty);
        var indent = expression.Arms.Count > 0 ? SwitchWritingStyle.IndentOf(expression.Arms[0].GetFirstToken(), switchIndent + "    ") : switchIndent + "    ";
        var text = new StringBuilder("x switch").Append(endOfLine).Append('{').Append(endOfLine);
        foreach (var missing in cases)
        {
            foreach (var comment in missing.Comments)
            {
                text.Append(indent).Append("// ").Append(comment).Append(endOfLine);
            }

            text.Append(indent).Append(missing.Label).Append(" => ").Append(value).Append(',').Append(endOfLine);
        }

        text.Append('}');
        var parsed = (SwitchExpressionSyntax)SyntaxFactory.ParseExpression(text.ToString());

        var items = new List<SyntaxNodeOrToken>();
        for (var i = 0; i < expression.Arms.Count; i++)
        {
            if (i == at)
            {
                AddParsedArms(items, parsed);
            }

            var arm = expression.Arms[i];
            if (i < expression.Arms.SeparatorCount)
            {
                // New arms start on a line of their own, also in a switch written on one line.
                var separator = expression.Arms.GetSeparator(i);
                var breaksLine = separator.TrailingTrivia.Any(static t => t.IsKind(SyntaxKind.EndOfLineTrivia));
                items.Add(arm);
                items.Add(i == at - 1 && !breaksLine ? separator.WithTrailingTrivia(SyntaxFactory.EndOfLine(endOfLine)) : separator);
            }
            else if (at < expression.Arms.Count)
            {
                items.Add(arm);
            }
            else
            {
                // The last arm without a trailing comma gets one, which takes over the arm's line ending.
                items.Add(arm.WithoutTrailingTrivia());
                items.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(arm.GetTrailingTrivia()));
            }
        }

        if (at == expression.Arms.Count)
        {
            AddParsedArms(items, parsed);
        }

        return expression.WithArms(SyntaxFactory.SeparatedList<SwitchExpressionArmSyntax>(items));
    }

    /// <summary>
    /// Marks each <c>global::</c>-qualified name for the simplifier. The simplifier reduces the names it is pointed
    /// at; an annotation on the whole new section or arm leaves them as they are.
    /// </summary>
    private static T AnnotateQualifiedNames<T>(T node)
        where T : SyntaxNode
    {
        var names = node.DescendantNodes().OfType<AliasQualifiedNameSyntax>().Select(static name =>
        {
            SyntaxNode outermost = name;
            while (outermost.Parent is MemberAccessExpressionSyntax or QualifiedNameSyntax)
            {
                outermost = outermost.Parent;
            }

            return outermost;
        });
        return node.ReplaceNodes(names, static (_, current) => current.WithAdditionalAnnotations(Simplifier.Annotation));
    }

    private static void AddParsedArms(List<SyntaxNodeOrToken> items, SwitchExpressionSyntax parsed)
    {
        for (var i = 0; i < parsed.Arms.Count; i++)
        {
            items.Add(AnnotateQualifiedNames(parsed.Arms[i]));
            items.Add(parsed.Arms.GetSeparator(i));
        }
    }
}
