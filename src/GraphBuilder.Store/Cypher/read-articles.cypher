// Every article's id and byline.
MATCH (a:Article)
RETURN a.id AS id, a.title AS title, a.outlet AS outlet, a.published AS published, a.file AS file
