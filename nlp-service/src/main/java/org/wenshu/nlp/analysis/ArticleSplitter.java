package org.wenshu.nlp.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a normalized newspaper page into articles. An article starts at a block of headings (lines marked
 * '#' by the PDF extraction, or short lines without sentence punctuation) or at a 本报讯 dateline that follows
 * text; numbered section headings (一、 (二) 3.) stay inside their article. Columns that the PDF interleaved
 * cannot be untangled here: an article's span is where its text starts to where the next one starts.
 */
final class ArticleSplitter {
    private static final Pattern DATELINE_BYLINE = Pattern.compile("^本报讯\\s*[（(]([^（()）]{1,40})[）)]");
    private static final Pattern CREDIT = Pattern.compile("[（(]([^（()）]{2,40}?(?:供稿|供图))[）)]");
    private static final Pattern SECTION_HEADING = Pattern.compile(
            "^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[.、．])");
    private static final int MAX_HEADLINE = 60;
    /** 文/于果 图/祝之韵, 责编/缪思琪: a line of credits is no headline. */
    private static final Pattern CREDIT_LABELS = Pattern.compile("(?:^|\\s)(?:" + TextNormalizer.CREDIT_LABELS + ")/");
    private static final int DATELINE_WINDOW = 80;

    List<Article> split(String text, List<Mention> mentions) {
        List<Paragraph> paragraphs = Paragraph.split(text);
        Set<Integer> personEnds = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON) {
                personEnds.add(m.end());
            }
        }
        List<Integer> starts = new ArrayList<>();
        List<List<Paragraph>> headings = new ArrayList<>();
        List<Paragraph> pendingHeadings = new ArrayList<>();
        boolean bodySinceLastStart = true;
        boolean[] headline = new boolean[paragraphs.size() + 1];
        for (int k = paragraphs.size() - 1; k >= 0; k--) {
            Paragraph next = k + 1 < paragraphs.size() ? paragraphs.get(k + 1) : null;
            headline[k] = isHeadline(paragraphs.get(k), next, headline[k + 1]);
        }
        for (int k = 0; k < paragraphs.size(); k++) {
            Paragraph p = paragraphs.get(k);
            if (headline[k]) {
                boolean secondHeadline = !pendingHeadings.isEmpty() && isFullHeadline(p)
                        && pendingHeadings.stream().anyMatch(h -> level(h.text()) == level(p.text()) && isFullHeadline(h));
                if (pendingHeadings.isEmpty() && bodySinceLastStart || secondHeadline) {
                    // Two full headlines of one level in a row head two articles whose columns the PDF interleaved.
                    pendingHeadings = new ArrayList<>();
                    starts.add(p.start());
                    headings.add(pendingHeadings);
                    bodySinceLastStart = false;
                }
                pendingHeadings.add(p);
                continue;
            }
            if (p.text().startsWith("本报讯") && bodySinceLastStart) {
                starts.add(p.start());
                headings.add(new ArrayList<>());
            }
            pendingHeadings = new ArrayList<>();
            bodySinceLastStart = !isBylineLine(p, personEnds);
            if (!bodySinceLastStart && starts.isEmpty()) {
                bodySinceLastStart = true;
            }
        }
        if (starts.isEmpty() || starts.get(0) > 0 && !paragraphs.isEmpty() && paragraphs.get(0).start() < starts.get(0)) {
            starts.add(0, paragraphs.isEmpty() ? 0 : paragraphs.get(0).start());
            headings.add(0, new ArrayList<>());
        }
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int start = starts.get(i);
            int end = i + 1 < starts.size() ? trimEnd(text, starts.get(i + 1)) : text.length();
            if (end > start) {
                articles.add(article(text, mentions, personEnds, paragraphs, headings.get(i), start, end));
            }
        }
        return articles;
    }

    private static Article article(String text, List<Mention> mentions, Set<Integer> personEnds,
                                   List<Paragraph> paragraphs, List<Paragraph> headingBlock, int start, int end) {
        String headline = mainHeadline(headingBlock);
        String body = text.substring(start, end);
        String byline = null;
        Mention date = null;
        int bodyStart = headingBlock.isEmpty() ? start : headingBlock.get(headingBlock.size() - 1).end();
        int dateline = text.indexOf("本报讯", bodyStart);
        if (dateline >= 0 && dateline < end) {
            Matcher m = DATELINE_BYLINE.matcher(text.substring(dateline, end));
            if (m.find()) {
                byline = m.group(1).strip();
            }
            date = firstDate(mentions, dateline, Math.min(end, dateline + DATELINE_WINDOW));
        } else {
            Paragraph first = firstParagraphAfter(paragraphs, bodyStart, end);
            if (first != null && isBylineLine(first, personEnds)) {
                byline = first.text();
            }
            date = firstDate(mentions, bodyStart, Math.min(end, bodyStart + DATELINE_WINDOW));
        }
        if (byline == null) {
            Matcher credit = CREDIT.matcher(body);
            if (credit.find()) {
                byline = credit.group(1).strip();
            }
        }
        return new Article(headline, byline, date == null ? null : date.text(), date == null ? null : date.value(), start, end);
    }

    /**
     * The largest heading of the block (fewest '#'); among lines of one level, the longest: a kicker or a
     * column name above a headline is the shorter line.
     */
    private static String mainHeadline(List<Paragraph> block) {
        Paragraph best = null;
        int bestLevel = Integer.MAX_VALUE;
        boolean titled = block.stream().anyMatch(p -> !isSubtitle(p));
        for (Paragraph p : block) {
            if (titled && isSubtitle(p)) {
                continue; // ——金阊街道破解古城停车和出行难题 under 小巷微循环 出行大变样
            }
            int level = level(p.text());
            boolean longerAtSameLevel = level == bestLevel && p.text().length() > best.text().length();
            if (level < bestLevel || longerAtSameLevel) {
                best = p;
                bestLevel = level;
            }
        }
        if (best == null) {
            return null;
        }
        String headline = stripMarks(best.text());
        Matcher labelled = COLUMN_LABEL_AFTER.matcher(headline);
        return labelled.matches() ? labelled.group(1) : headline;
    }

    private static boolean isSubtitle(Paragraph p) {
        return stripMarks(p.text()).startsWith("——");
    }

    /**
     * A '#' line, or a short line without sentence punctuation that either stands right before a 本报讯
     * dateline or is written the way headlines are, two phrases set apart by a space (主动担当积极作为 为推进…).
     * Wrapped column text also lacks punctuation, so a bare short line alone is not enough.
     */
    private static boolean isHeadline(Paragraph p, Paragraph next, boolean nextIsHeadline) {
        String line = stripMarks(p.text());
        if (line.isEmpty() || SECTION_HEADING.matcher(line).find()) {
            return false;
        }
        if (p.text().startsWith("#")) {
            return true;
        }
        boolean plain = line.length() <= MAX_HEADLINE && !hasSentencePunctuation(line) && !line.startsWith("本报讯")
                && !line.startsWith("记者") && !line.endsWith("摄") && !CREDIT.matcher(line).find() && !CREDIT_LABELS.matcher(line).find()
                && line.chars().filter(c -> TextNormalizer.isHan((char) c)).count() >= 6;
        return plain && (next != null && next.text().startsWith("本报讯") || TWO_PHRASES.matcher(line).matches()
                || isTitleLine(line) && (next == null || isProse(next.text()) || nextIsHeadline)
                || next != null && SIGNATURE.matcher(next.text()).lookingAt() && isTitleLine(line, MIN_SIGNED_TITLE));
    }

    /**
     * A headline printed as a line of its own: no punctuation and no spaces at all (驻华外交官在丰台欢度元宵佳节), before
     * prose, before the next headline (促进丰台区经济社会高质量发展 above 丰台、石景山、房山三区开展…) or last on the
     * page, its article continued elsewhere.
     */
    private static boolean isTitleLine(String line) {
        return isTitleLine(line, MIN_TITLE);
    }

    /** A title as short as 浑河岸边春光好 is taken only above the writer's signature (文/乔木), where no wrapped line stands. */
    private static final int MIN_TITLE = 8;
    private static final int MIN_SIGNED_TITLE = 6;
    private static final Pattern SIGNATURE = Pattern.compile("(?:文|图|文图|图文)/");

    private static boolean isTitleLine(String line, int minLength) {
        if (line.length() < minLength || line.length() > 40) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!TextNormalizer.isHan(c) && !Character.isLetterOrDigit(c) && "“”﹃﹄《》".indexOf(c) < 0) {
                return false;
            }
        }
        // 会议听取《中共北京市丰台区委教育工作领导小: a quotation left open is a sentence cut by the column, not a title.
        return count(line, '《') == count(line, '》') && count(line, '“') == count(line, '”') && count(line, '﹃') == count(line, '﹄');
    }

    private static long count(String line, char c) {
        return line.chars().filter(x -> x == c).count();
    }

    private static boolean isProse(String paragraph) {
        return paragraph.length() > MAX_HEADLINE && hasSentencePunctuation(paragraph);
    }

    /** Long enough to be an article's headline rather than a column name or kicker. */
    private static boolean isFullHeadline(Paragraph p) {
        return stripMarks(p.text()).length() >= 12;
    }

    /** Two phrases or more set apart by spaces, maybe with a column label after them (樱桃满枝头 尝鲜正当时 走一线). */
    private static final Pattern TWO_PHRASES = Pattern.compile("\\S{4,}(?: \\S{4,})+(?: \\S{2,3})?");
    private static final Pattern COLUMN_LABEL_AFTER = Pattern.compile("(\\S{4,}(?: \\S{4,})+) \\S{2,3}");

    /** 丽泽金融商务区工委书记、管委会主任 李国龙: a short line that ends with a person's name signs the article. */
    private static boolean isBylineLine(Paragraph p, Set<Integer> personEnds) {
        return p.text().length() <= MAX_HEADLINE && !hasSentencePunctuation(p.text()) && personEnds.contains(p.end());
    }

    private static Mention firstDate(List<Mention> mentions, int from, int to) {
        for (Mention m : mentions) {
            if (m.type() == EntityType.DATE && m.start() >= from && m.start() < to) {
                return m;
            }
        }
        return null;
    }

    private static Paragraph firstParagraphAfter(List<Paragraph> paragraphs, int from, int end) {
        for (Paragraph p : paragraphs) {
            if (p.start() >= from && p.start() < end) {
                return p;
            }
        }
        return null;
    }

    private static int level(String line) {
        int level = 0;
        while (level < line.length() && line.charAt(level) == '#') {
            level++;
        }
        return level == 0 ? 9 : level;
    }

    private static String stripMarks(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == '#' || line.charAt(i) == ' ')) {
            i++;
        }
        return line.substring(i).strip();
    }

    private static boolean hasSentencePunctuation(String line) {
        for (int i = 0; i < line.length(); i++) {
            if ("，。；,;！？!?".indexOf(line.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int trimEnd(String text, int end) {
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        return end;
    }
}
