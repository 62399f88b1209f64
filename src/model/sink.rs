//! Where problems are collected while a file is read: the first
//! `MAX_PROBLEMS_PER_KIND` of each kind are kept, the rest only counted, so
//! a file broken three million times costs a bounded report.

use super::problem::{Location, Problem, ProblemKind, Severity};
use std::mem::Discriminant;

/// How many problems of one kind (and severity) a report lists; the rest are
/// counted in one "and N more like the one above" line. 100 shows the
/// pattern of any mistake, and at a few hundred bytes a line keeps the
/// checker's output and the page well under a megabyte even for a file with
/// every kind of mistake (some fifty kinds), however large the file.
pub const MAX_PROBLEMS_PER_KIND: usize = 100;

struct KindCount {
    kind: Discriminant<ProblemKind>,
    severity: Severity,
    seen: usize,
    /// Index in `kept` of the last one kept.
    last: usize,
}

/// The problems found so far.
#[derive(Default)]
pub struct Problems {
    kept: Vec<Problem>,
    /// One entry per kind seen: a few dozen at most, so a short list.
    counts: Vec<KindCount>,
    seen: usize,
}

impl Problems {
    /// Records a problem (kept if its kind is not yet full).
    pub fn push(&mut self, p: Problem) {
        let (severity, kind) = (p.severity, std::mem::discriminant(&p.kind));
        self.push_with(severity, kind, || p);
    }

    /// Records a problem of `kind`, building it only if it is kept.
    pub fn push_with(&mut self, severity: Severity, kind: Discriminant<ProblemKind>, make: impl FnOnce() -> Problem) {
        self.seen += 1;
        let slot = self.counts.iter().position(|c| c.kind == kind && c.severity == severity);
        let index = self.kept.len();
        match slot {
            Some(s) if self.counts[s].seen >= MAX_PROBLEMS_PER_KIND => self.counts[s].seen += 1,
            Some(s) => {
                self.counts[s].seen += 1;
                self.counts[s].last = index;
                self.kept.push(make());
            }
            None => {
                self.counts.push(KindCount { kind, severity, seen: 1, last: index });
                self.kept.push(make());
            }
        }
    }

    /// How many problems were recorded, kept or not: a reader compares it
    /// before and after a step to learn whether the step found any.
    pub fn seen(&self) -> usize {
        self.seen
    }

    /// The problems kept so far.
    #[cfg(test)]
    pub fn as_slice(&self) -> &[Problem] {
        &self.kept
    }

    /// The report's list: the kept problems, each kind that overflowed
    /// followed (after its last kept problem) by how many more there were.
    pub fn finish(self) -> Vec<Problem> {
        let mut more: Vec<(usize, Problem)> = self
            .counts
            .iter()
            .filter(|c| c.seen > MAX_PROBLEMS_PER_KIND)
            .map(|c| {
                let count = c.seen - MAX_PROBLEMS_PER_KIND;
                let kind = ProblemKind::Omitted { count, limit: MAX_PROBLEMS_PER_KIND };
                (c.last, Problem { severity: c.severity, at: Location::file(), kind })
            })
            .collect();
        if more.is_empty() {
            return self.kept;
        }
        more.sort_by_key(|&(last, _)| last);
        let mut out = Vec::with_capacity(self.kept.len() + more.len());
        let mut more = more.into_iter().peekable();
        for (i, p) in self.kept.into_iter().enumerate() {
            out.push(p);
            while let Some((_, summary)) = more.next_if(|&(last, _)| last == i) {
                out.push(summary);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_first_of_each_kind_and_counts_the_rest_after_them() {
        let mut ps = Problems::default();
        for i in 0..MAX_PROBLEMS_PER_KIND + 5 {
            ps.push(Problem::error(Location::feature(i, None), ProblemKind::MissingKind));
            ps.push(Problem::warning(Location::feature(i, None), ProblemKind::MissingEnglish));
        }
        ps.push(Problem::error(Location::file(), ProblemKind::NoAvenue));
        assert_eq!(ps.seen(), 2 * (MAX_PROBLEMS_PER_KIND + 5) + 1);
        let out = ps.finish();
        assert_eq!(out.len(), 2 * MAX_PROBLEMS_PER_KIND + 2 + 1);
        let omitted = ProblemKind::Omitted { count: 5, limit: MAX_PROBLEMS_PER_KIND };
        let tail = &out[out.len() - 5..];
        assert_eq!(tail[0].kind, ProblemKind::MissingKind);
        assert_eq!((tail[1].severity, &tail[1].kind), (Severity::Error, &omitted));
        assert_eq!(tail[2].kind, ProblemKind::MissingEnglish);
        assert_eq!((tail[3].severity, &tail[3].kind), (Severity::Warning, &omitted));
        assert_eq!(tail[4].kind, ProblemKind::NoAvenue);
    }
}
