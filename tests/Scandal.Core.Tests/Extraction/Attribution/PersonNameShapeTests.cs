using static Scandal.Core.Tests.Extraction.Attribution.AttributionAssert;

namespace Scandal.Core.Tests.Extraction.Attribution;

/// <summary>
/// A speaker's name is a person's name: role words before it (Skipper, Cr, Cllr) and a trailing "of &lt;Place&gt;" after it
/// are left out; and she/he never binds to a name headed by a place or organisation noun (Town, Reserve, Freight).
/// </summary>
public sealed class PersonNameShapeTests
{
    [Fact]
    public void Skipper_before_a_full_name_is_a_title()
    {
        const string text = "Skipper Tomas Brenner, who was taken off at the break, was furious.\n\n\"We were not good enough today,\" he admitted.";
        Speaker(text, "not good enough", "Tomas Brenner");
    }

    [Fact]
    public void Australian_councillor_abbreviation_is_a_title()
    {
        const string text = "The plan was put forward by Cr Lydia Marsh.\n\n\"The survey was clear and the residents were heard,\" Cr Marsh said.";
        Speaker(text, "survey was clear", "Lydia Marsh");
    }

    [Fact]
    public void British_cllr_abbreviation_is_a_title()
    {
        const string text = "\"We will not close the library while I am here,\" Cllr Owen Pritchard said.";
        Speaker(text, "close the library", "Owen Pritchard");
    }

    [Fact]
    public void Of_place_after_a_representative_is_not_part_of_the_name()
    {
        const string text = "Rep. Nora Delacroix of Nevada attacked the bill on Tuesday.\n\n\"This bill takes money from the people who need it,\" Delacroix said.";
        Speaker(text, "takes money", "Nora Delacroix");
    }

    [Fact]
    public void Of_place_after_a_senator_before_the_verb_is_not_part_of_the_name()
    {
        const string text = "\"We cannot wait another year,\" Sen. Walter Briggs of Ohio said.";
        Speaker(text, "another year", "Walter Briggs");
    }

    [Fact]
    public void An_organisation_keeps_its_of()
    {
        const string text = "\"Rates will stay where they are for now,\" the Bank of England said in a statement.";
        Speaker(text, "Rates will stay", "Bank of England");
    }

    [Fact]
    public void A_university_keeps_its_of()
    {
        const string text = "\"The results were better than expected,\" the University of Leeds said.";
        Speaker(text, "better than expected", "University of Leeds");
    }

    [Fact]
    public void He_does_not_bind_to_a_football_club()
    {
        const string text = "Manager Ray Dunn faces the sack.\n\n"
            + "Millbrook Town crashed to a 3-0 defeat at Ashby, their fifth loss in a row.\n\n"
            + "He raged: \"Nobody ran for the shirt today.\"";
        Speaker(text, "Nobody ran", "Ray Dunn");
    }

    [Fact]
    public void She_does_not_bind_to_a_park()
    {
        const string text = "Councillor Ruth Ambler backs the plan.\n\n"
            + "Wattlebrook Reserve floods most winters and sits next to a school.\n\n"
            + "\"We have to find a better site for the courts,\" she said.";
        Speaker(text, "better site", "Ruth Ambler");
    }

    [Fact]
    public void She_does_not_bind_to_a_company()
    {
        const string text = "Joanne Pike, an analyst, has followed the sector for years.\n\n"
            + "Brackwater Freight announced 300 job cuts on Monday.\n\n"
            + "\"The cuts were overdue,\" she wrote in a note to clients.";
        Speaker(text, "cuts were overdue", "Joanne Pike");
    }

    [Fact]
    public void A_person_whose_surname_is_a_place_noun_is_still_a_person()
    {
        const string text = "Linda Park runs the tenants' association.\n\n"
            + "Park said the landlord had ignored every letter. \"We have been waiting since March,\" she said.";
        Speaker(text, "waiting since March", "Linda Park");
    }

    [Fact]
    public void A_titled_person_with_a_place_noun_surname_is_still_a_person()
    {
        const string text = "\"The report is unfair to our staff,\" said Ms Helen Town, the chief executive.";
        Speaker(text, "unfair to our staff", "Helen Town");
    }

    [Fact]
    public void A_name_after_she_said_opens_the_reported_clause()
    {
        const string text = "Mayor Irene Tully disagreed. She said Ashgrove Common flooded \"every single winter\" and was no place for a playground.";
        Speaker(text, "every single winter", "Irene Tully");
    }
}
