//@ run-fail
//@ spec: 8.1, 12.8
// unwrap() on None three calls deep must unwind every frame, dropping each frame's
// locals innermost first, including values held in Box, Vec, Option and tuples.
struct Tag(String);

impl Drop for Tag {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn tag(s: &str) -> Tag {
    Tag(s.to_string())
}

fn find_even(xs: &[i32]) -> Option<i32> {
    let _t = tag("find_even");
    xs.iter().copied().find(|x| x % 2 == 0)
}

fn middle(xs: &[i32]) -> i32 {
    let pair = (tag("pair.0"), 7, tag("pair.1"));
    let maybe: Option<Tag> = Some(tag("in option"));
    let none: Option<Tag> = None;
    let v = find_even(xs).unwrap();
    println!("found {} {} {}", v, pair.1, maybe.is_some() && none.is_none());
    v
}

fn outer(xs: &[i32]) -> i32 {
    let boxed = Box::new(tag("boxed"));
    let list = vec![tag("list a"), tag("list b")];
    let r = middle(xs) * 10;
    println!("outer {} {} {}", r, boxed.0, list.len());
    r
}

fn main() {
    let _m = tag("main");
    println!("first {}", outer(&[1, 4, 5]));
    println!("second {}", outer(&[1, 3, 5]));
    println!("not reached");
}
