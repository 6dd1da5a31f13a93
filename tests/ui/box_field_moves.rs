//@ spec: 12.7, 17.1
// An owned Box's fields move out one by one, as a struct's do: the linked list's
// `self.head = node.next` idiom works, the fields left behind are dropped where the box
// dies (on every path, behind a flag when a move happened on one branch only), and its
// memory is freed once. `match *b` binds parts out of the box the same way.
struct Tag(&'static str);
impl Drop for Tag {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}

struct Node {
    val: i32,
    tag: Tag,
    next: Option<Box<Node>>,
}

struct Stack {
    head: Option<Box<Node>>,
}

impl Stack {
    fn push(&mut self, val: i32, tag: &'static str) {
        let next = self.head.take();
        self.head = Some(Box::new(Node { val, tag: Tag(tag), next }));
    }

    fn pop(&mut self) -> Option<i32> {
        self.head.take().map(|node| {
            self.head = node.next;
            node.val
        })
    }
}

fn split(pair: Box<(Tag, Tag)>, keep_left: bool) -> Tag {
    if keep_left {
        pair.0
    } else {
        println!("  taking the right one");
        pair.1
    }
}

enum Shape {
    Pair(Tag, Tag),
    Single(Tag),
}

fn first_of(b: Box<Shape>) -> &'static str {
    let _guard = Tag("guard");
    match *b {
        Shape::Pair(first, _) => first.0,
        Shape::Single(only) => only.0,
    }
}

fn main() {
    println!("match on a box:");
    println!("  first {}", first_of(Box::new(Shape::Pair(Tag("p1"), Tag("p2")))));
    println!("  first {}", first_of(Box::new(Shape::Single(Tag("s1")))));
    println!("stack:");
    let mut s = Stack { head: None };
    s.push(1, "a");
    s.push(2, "b");
    s.push(3, "c");
    println!("  popped {:?}", s.pop());
    println!("  popped {:?}", s.pop());
    println!("field moves:");
    let n = Box::new(Node { val: 7, tag: Tag("seven"), next: None });
    let tag = n.tag;
    println!("  moved {} out, val still {}", tag.0, n.val);
    println!("branches:");
    let left = split(Box::new((Tag("l1"), Tag("r1"))), true);
    let right = split(Box::new((Tag("l2"), Tag("r2"))), false);
    println!("  kept {} and {}", left.0, right.0);
    println!("end");
}
