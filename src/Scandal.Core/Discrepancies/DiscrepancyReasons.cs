namespace Scandal.Core.Discrepancies;

/// <summary>The values of <see cref="Discrepancy.Reason"/>: why a discrepancy is style (weight 0) or material.</summary>
public static class DiscrepancyReasons
{
    /// <summary>British and American spellings of one word (<c>apologise</c>/<c>apologize</c>, <c>whilst</c>/<c>while</c>).</summary>
    public const string SpellingVariant = "spelling-variant";

    /// <summary>A contraction and its full form (<c>I've</c>/<c>I have</c>, <c>don't</c>/<c>do not</c>).</summary>
    public const string Contraction = "contraction";

    /// <summary><c>&amp;</c> for <c>and</c>.</summary>
    public const string Ampersand = "ampersand";

    /// <summary>A word printed censored (<c>f***ing</c>, <c>s---</c>).</summary>
    public const string Censored = "censored";

    /// <summary>The outlet marked the change with a bracketed insertion (<c>[for]</c>).</summary>
    public const string EditorialBracket = "editorial-bracket";

    /// <summary>The outlet marked the word with <c>[sic]</c>.</summary>
    public const string Sic = "sic";

    /// <summary>The outlet marked the cut with an ellipsis.</summary>
    public const string Ellipsis = "ellipsis";

    /// <summary>
    /// The outlet quoted the statement in pieces around its attribution (<c>"A," he said. "B."</c>): the words between
    /// two pieces were left out, and the break itself shows it.
    /// </summary>
    public const string SplitQuote = "split-quote";

    /// <summary>Another dash, or other spacing around a dash.</summary>
    public const string Dash = "dash";

    /// <summary>Curly or straight quote marks and apostrophes.</summary>
    public const string QuoteMark = "quote-mark";

    /// <summary>Letter case.</summary>
    public const string Case = "case";

    /// <summary>The position is contested: the outlets split evenly.</summary>
    public const string Contested = "contested";

    /// <summary>Material: a number changed.</summary>
    public const string Number = "number";

    /// <summary>Material: a negation dropped or added.</summary>
    public const string Negation = "negation";

    /// <summary>Material: a name swapped for another.</summary>
    public const string Name = "name";

    /// <summary>Material: a modal verb or hedge changed (<c>may</c> → <c>will</c>).</summary>
    public const string Modal = "modal";
}
