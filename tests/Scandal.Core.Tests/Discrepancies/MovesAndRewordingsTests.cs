using Scandal.Core.Discrepancies;
using Scandal.Core.Reporting;
using Scandal.Core.Tests.Support;
using Scandal.Core.Text;

namespace Scandal.Core.Tests.Discrepancies;

/// <summary>
/// Moved words and phrases are one reordering, a mostly reworded clause is one paraphrase, censored forms vote for their
/// word, and a loose rewording joins a statement only when its own document quotes that statement elsewhere.
/// </summary>
public class MovesAndRewordingsTests
{
    private const string Speaker = "Harriet Osei";

    private static CrossCheckReport Run(params (string Id, string Text)[] articles) =>
        Corpus.Engine.CrossCheck(articles.Select(a => Article.FromText(a.Id, a.Text)).ToList());

    [Fact]
    public void Classify_WordMovedToTheEndOfTheQuote_IsOneReorderingAndTheConsensusKeepsItOnce()
    {
        const string said = "We had three weeks to prepare a gallery that normally takes six months.";
        var report = Corpus.Quotes(Speaker, said, said, said, "We had three weeks to prepare a gallery that takes six months normally.");

        var statement = Assert.Single(report.Statements);
        Assert.Equal(said, statement.Consensus);
        var d = Assert.Single(Corpus.Counted(Corpus.Witness(report, "outlet4")));
        Assert.Equal(DiscrepancyKind.Reordering, d.Kind);
    }

    [Fact]
    public void Classify_PhraseMovedOverAClause_IsOneReorderingNotOmissionAndInsertion()
    {
        const string said = "I would like to know who signed off on this loan, because nobody on the board asked me.";
        var report = Corpus.Quotes(Speaker, said, said, said, "Because nobody on the board asked me, I would like to know who signed off on this loan.");

        var counted = Corpus.Counted(Corpus.Witness(report, "outlet4"));
        var d = Assert.Single(counted);
        Assert.Equal(DiscrepancyKind.Reordering, d.Kind);
    }

    [Fact]
    public void Classify_ClauseMostlyReworded_IsOneParaphraseNotInsertionParaphraseAndSubstitution()
    {
        const string said = "We will march every Saturday until the minister resigns. We are peaceful, we are patient, and we are not going away.";
        var report = Corpus.Quotes(Speaker, said, said, said, "Every Saturday we will be back on the streets until the minister goes. We are peaceful, we are patient, and we are not going away.");

        var d = Assert.Single(Corpus.Counted(Corpus.Witness(report, "outlet4")));
        Assert.Equal(DiscrepancyKind.Paraphrase, d.Kind);
        Assert.Contains("goes", d.Actual, StringComparison.Ordinal);
        Assert.Contains("resigns", d.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_RewordingAcrossCommonWords_IsOneParaphrase()
    {
        const string said = "I want every family affected to know that this council will pay for the clean-up, whatever it costs.";
        var report = Corpus.Quotes(Speaker, said, said, said, "I want every family affected to know that the town hall will foot the bill for the mop-up, whatever it costs.");

        var d = Assert.Single(Corpus.Counted(Corpus.Witness(report, "outlet4")));
        Assert.Equal(DiscrepancyKind.Paraphrase, d.Kind);
        Assert.Contains("mop-up", d.Actual, StringComparison.Ordinal);
    }

    [Fact]
    public void Consensus_CensoredForms_VoteForTheWordPrintedInFull()
    {
        var report = Corpus.Quotes(
            Speaker,
            "I am so f***ing tired of people telling me what I can say.",
            "I am so f---ing tired of people telling me what I can say.",
            "I am so fucking tired of people telling me what I can say.");

        var statement = Assert.Single(report.Statements);
        Assert.Contains("so fucking tired", statement.Consensus, StringComparison.Ordinal);
        Assert.Empty(statement.Contested);
        foreach (var outlet in new[] { "outlet1", "outlet2" })
        {
            var d = Assert.Single(Corpus.Witness(report, outlet).Discrepancies);
            Assert.Equal(DiscrepancyKind.Typography, d.Kind);
            Assert.Equal(DiscrepancyReasons.Censored, d.Reason);
        }
    }

    [Fact]
    public void Consensus_TieBetweenApostrophes_GoesToTheTypesetForm()
    {
        var report = Corpus.Quotes(Speaker, "I’ve always loved this theatre and its people.", "I've always loved this theatre and its people.", "I’ve always loved this theatre and its people.", "I've always loved this theatre and its people.");

        var statement = Assert.Single(report.Statements);
        Assert.StartsWith("I’ve", statement.Consensus, StringComparison.Ordinal);
        Assert.Equal(DiscrepancyReasons.QuoteMark, Assert.Single(Corpus.Witness(report, "outlet2").Discrepancies).Reason);
    }

    private const string Statement = "I am deeply sorry to every fan who bought a ticket. My voice needs time to heal, and my doctors have told me that singing now could cause lasting damage. I promise I will come back stronger, and every date will be rescheduled.";

    private static string Wire(string quote) => $"The singer Nova Grey postponed her tour on Monday. “{quote}” Grey said in a statement.";

    [Fact]
    public void Group_RewordingOfASentenceItsDocumentDoesNotQuote_JoinsTheStatementAsOneParaphrase()
    {
        var report = Run(
            ("press", Wire(Statement)),
            ("wire", Wire(Statement)),
            ("blog", "Nova Grey has postponed her tour. “My voice needs time to heal,” Grey said. Later Nova Grey told fans: “I'll be back better than ever, and every show will get a new date.”"));

        var statement = Assert.Single(report.Statements);
        Assert.Equal(Statement, statement.Consensus);
        var blog = statement.Witnesses.Where(w => w.DocumentId == "blog").ToList();
        Assert.Equal(2, blog.Count);
        var paraphrase = Assert.Single(blog.SelectMany(w => w.Discrepancies), d => d.Kind == DiscrepancyKind.Paraphrase);
        Assert.StartsWith("I promise", paraphrase.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Group_SameSpeakersOtherSentenceFromADocumentNotQuotingTheStatement_StaysApart()
    {
        // Word overlap alone cannot tell a rewording from another answer on the subject: without the document's own
        // quotation of the statement, the lone quotation is a statement of its own.
        var report = Run(
            ("press", Wire(Statement)),
            ("wire", Wire(Statement)),
            ("blog", "Nova Grey spoke to fans on Monday. “I'll be back better than ever, and every show will get a new date,” Grey said."));

        Assert.Equal(2, report.Statements.Count);
    }

    [Fact]
    public void Group_LoneQuotationNearASentenceItsDocumentAlreadyQuotes_StaysApart()
    {
        const string said = "It is a very tender and sensitive topic for many families in my state, and I have always tried to listen.";
        const string other = "I have always believed that marriage is a very personal decision, and the state should stay out of it.";
        var report = Run(
            ("wire", $"Senator Lorraine Whitcombe spoke on Monday. “{said}” Whitcombe said."),
            ("broadcast", $"Senator Lorraine Whitcombe spoke on Monday. “{said}” Whitcombe said."),
            ("blog", $"Senator Lorraine Whitcombe spoke on Monday. “{said}” Whitcombe said. Lorraine Whitcombe added: “{other}”"));

        Assert.Equal(2, report.Statements.Count);
        Assert.DoesNotContain(report.Statements.SelectMany(s => s.Witnesses).SelectMany(w => w.Discrepancies), d => d.Kind == DiscrepancyKind.Paraphrase);
    }
}
