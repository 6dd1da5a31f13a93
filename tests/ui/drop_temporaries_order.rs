//@ spec: 12.5, 12.6
// A block's tail temporaries are dropped after the block's variables (at the end of the
// enclosing statement); a parameter's pattern variables are dropped with that parameter,
// the last parameter first.
struct Tag(&'static str);
impl Drop for Tag {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
impl Tag {
    fn size(&self) -> usize {
        self.0.len()
    }
}

fn make(name: &'static str) -> Tag {
    Tag(name)
}

fn body_tail() -> usize {
    let _local = Tag("local");
    make("tail temporary").size()
}

fn patterns((first, second): (Tag, Tag), last: Tag) -> usize {
    let _inside = Tag("inside");
    first.size() + second.size() + last.size()
}

fn main() {
    println!("{}", body_tail());
    let n = {
        let _scoped = Tag("scoped");
        make("block tail").size()
    };
    println!("{}", n);
    println!("{}", patterns((Tag("p1"), Tag("p2")), Tag("p3")));
    let add = |(a, b): (Tag, Tag)| a.size() * b.size();
    println!("{}", add((Tag("aa"), Tag("bbb"))));
}
