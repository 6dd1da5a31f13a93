//@ compile-fail
//@ spec: 12.11, 11.16
// Calling a `self`-consuming method (Option::unwrap, Vec::into_iter, String's `+`) on a
// field reached through a reference would move it out of borrowed content (E0507);
// `as_ref`, `clone` or `take` through `&mut` are the fixes.
struct Cache {
    last: Option<String>,
    key: String,
    hits: Vec<u32>,
}

impl Cache {
    fn peek(&self) -> String {
        self.last.unwrap() //~ ERROR E0507
    }
    fn peek_ok(&self) -> usize {
        self.last.as_ref().map(|s| s.len()).unwrap_or(0)
    }
    fn shout(&self) -> String {
        self.key + "!" //~ ERROR E0507
    }
    fn count(&self) -> usize {
        self.hits.into_iter().count() //~ ERROR E0507
    }
    fn pop(&mut self) -> Option<String> {
        self.last.take()
    }
}

fn first_len(v: &Vec<Option<String>>) -> usize {
    v[0].unwrap().len() //~ ERROR E0507
}

fn main() {
    let mut c = Cache { last: Some(String::from("v")), key: String::from("k"), hits: vec![1] };
    println!("{} {} {} {} {:?}", c.peek(), c.peek_ok(), c.shout(), c.count(), c.pop());
    println!("{}", first_len(&vec![None]));
}
