-- Search reaches the evidence: the module names of a report's `python -X importtime`
-- profile join its search vector with weight C (title A, description B). Written by
-- hand: schema.prisma does not change (Prisma does not describe functions).
--
-- PostgreSQL's parser keeps some dotted names whole ("numpy.linalg" is one host
-- token) and splits others ("scipy.sparse._sparsetools" is 'scipy.sparse' then
-- 'sparsetool'), so a search for "numpy" or "sparse" would not find them. Each
-- name is therefore indexed with every run of its dotted parts ("scipy",
-- "scipy.sparse", "sparse", "sparse._sparsetools", "_sparsetools" …), through the
-- same 'english' configuration as the query, which then finds a name, its package
-- or one of its parts as typed.

-- Module names of a parsed profile (lib/pain-points/importtime.ts), each once, in
-- the order the profile shows them (jsonb keeps "name" before "children", so
-- `.**` walks the tree parents first), up to 40,000 characters of names: a
-- real start-up imports a few thousand modules at most, and the vector of a
-- report holds at most 1 MB and 16,383 positions.
CREATE FUNCTION import_time_module_names(profile jsonb) RETURNS TABLE (name text, first bigint)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT named.name, named.first
  FROM (
    SELECT found.name, found.first, sum(length(found.name) + 1) OVER (ORDER BY found.first) AS reach
    FROM (
      SELECT left(btrim(item.value #>> '{}'), 200) AS name, min(item.ord) AS first
      FROM jsonb_path_query(profile, 'strict $.roots.**.name ? (@.type() == "string")', '{}', true) WITH ORDINALITY item(value, ord)
      GROUP BY 1
    ) found
    WHERE found.name <> ''
  ) named
  WHERE named.reach <= 40000
  ORDER BY named.first
$$;

-- What is indexed for one module name: the name and every run of its dotted
-- parts (of the first six), separated by spaces.
CREATE FUNCTION module_name_search_text(name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT concat_ws(' ', name, string_agg(array_to_string(split.parts[i:j], '.'), ' ' ORDER BY i, j))
  FROM (SELECT (string_to_array(name, '.'))[1:6] AS parts) split, generate_series(1, cardinality(split.parts)) i, generate_series(i, cardinality(split.parts)) j
$$;

-- What is indexed for one piece of evidence: its kind ("importtime") and each
-- module's text, every word once, at most 120,000 characters.
CREATE FUNCTION evidence_search_text(kind text, profile jsonb) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT left(concat_ws(' ', kind, string_agg(words.word, ' ' ORDER BY words.first)), 120000)
  FROM (
    SELECT part.word, min(names.first * 64 + part.ord) AS first
    FROM import_time_module_names(profile) names, regexp_split_to_table(module_name_search_text(names.name), ' ') WITH ORDINALITY part(word, ord)
    WHERE part.word <> ''
    GROUP BY part.word
  ) words
$$;

-- Reports that already carry evidence get it in their vector (the expression of updateSearchVector in lib/pain-points/records.ts).
UPDATE "PainPoint" p SET "searchVector" =
  setweight(to_tsvector('english', p.title), 'A') || setweight(to_tsvector('english', p.description), 'B') ||
  setweight(to_tsvector('english', coalesce((SELECT left(string_agg(evidence_search_text(e.kind, e.parsed), ' ' ORDER BY e."createdAt", e.id), 120000) FROM "Evidence" e WHERE e."painPointId" = p.id), '')), 'C')
WHERE EXISTS (SELECT 1 FROM "Evidence" e WHERE e."painPointId" = p.id);
