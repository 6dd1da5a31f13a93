//@ run-pass
//@ spec: 16.9
// extend() through the Extend trait: a user collection's own impl, and the library's for Vec
// (by value, and copies of `&T`) and String (chars, &strs, Strings), fed by vectors,
// arrays, slices and iterators.
#[derive(Debug, Default)]
struct Tally {
    seen: Vec<u32>,
    sum: u32,
}

impl Extend<u32> for Tally {
    fn extend<I: IntoIterator<Item = u32>>(&mut self, iter: I) {
        for x in iter {
            self.seen.push(x);
            self.sum += x;
        }
    }
}

fn main() {
    let mut t = Tally::default();
    t.extend(vec![3, 4]);
    t.extend([10, 20]);
    t.extend((1..=3).map(|x| x * 100));
    println!("{:?}", t);

    let base = vec![1, 2];
    let arr = [7, 8];
    let mut v: Vec<i32> = Vec::new();
    v.extend(&base);
    v.extend(&arr);
    v.extend(&arr[..1]);
    v.extend(base.iter());
    v.extend(base);
    println!("{:?}", v);

    let mut s = String::from(">");
    s.extend(['a', 'b']);
    s.extend(vec!["cd", "e"]);
    s.extend(vec![String::from("F")]);
    s.extend("gh".chars().rev());
    println!("{}", s);
}
