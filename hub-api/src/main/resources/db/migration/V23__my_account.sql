-- My account (issue 13): what people say about themselves. The bio is kept as the Markdown they
-- wrote and rendered (sanitised) when shown; declared expertise is a tag list stored as Tags does.
ALTER TABLE users ADD COLUMN job_title VARCHAR(200);
ALTER TABLE users ADD COLUMN bio VARCHAR(10000);
ALTER TABLE users ADD COLUMN expertise VARCHAR(500);
