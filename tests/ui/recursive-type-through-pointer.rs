//@ run-pass
//@ spec: 11.19
// A pointer breaks a type's recursion: each of these has a finite size.
use std::rc::Rc;

enum List { Cons(i32, Box<List>), Nil }
struct Tree { children: Vec<Tree>, value: u32 }
struct Shared { next: Option<Rc<Shared>>, id: u8 }
struct Borrowed<'a> { parent: Option<&'a Borrowed<'a>>, depth: u32 }
struct Raw { next: *const Raw, v: i64 }
struct Callback { f: fn(Callback) -> Callback, n: u16 }
struct Even { odd: Option<Box<Odd>> }
struct Odd { even: Even }
struct Wrap<T>(T);
struct ThroughGeneric { w: Wrap<Box<ThroughGeneric>> }

fn sum(l: &List) -> i32 {
    match l {
        List::Cons(v, rest) => v + sum(rest),
        List::Nil => 0,
    }
}

fn count(t: &Tree) -> u32 {
    t.value + t.children.iter().map(count).sum::<u32>()
}

fn ident(c: Callback) -> Callback { c }

fn main() {
    let l = List::Cons(1, Box::new(List::Cons(2, Box::new(List::Nil))));
    println!("{}", sum(&l));
    let t = Tree { children: vec![Tree { children: vec![], value: 2 }, Tree { children: vec![], value: 3 }], value: 1 };
    println!("{}", count(&t));
    let a = Rc::new(Shared { next: None, id: 1 });
    let b = Shared { next: Some(a.clone()), id: 2 };
    println!("{} {}", b.id, b.next.as_ref().map(|s| s.id).unwrap_or(0));
    let root = Borrowed { parent: None, depth: 0 };
    let child = Borrowed { parent: Some(&root), depth: root.depth + 1 };
    println!("{} {}", child.depth, child.parent.map(|p| p.depth).unwrap_or(9));
    let r = Raw { next: std::ptr::null(), v: 7 };
    println!("{} {}", r.v, r.next.is_null());
    let c = Callback { f: ident, n: 5 };
    println!("{}", (c.f)(Callback { f: ident, n: 6 }).n);
    let e = Even { odd: Some(Box::new(Odd { even: Even { odd: None } })) };
    println!("{}", e.odd.is_some());
    println!("{} {} {} {}", std::mem::size_of::<List>(), std::mem::size_of::<Tree>(), std::mem::size_of::<Even>(), std::mem::size_of::<Callback>());
    println!("{}", std::mem::size_of::<ThroughGeneric>());
}
