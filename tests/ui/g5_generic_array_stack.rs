//@ spec: 13.2 13.5 11.15
// A generic fixed-capacity Stack<T> over an array, with push/pop returning Option and Result.
#[derive(Debug, Clone, Copy, PartialEq)]
enum StackError {
    Full,
}

struct Stack<T> {
    items: [T; 4],
    len: usize,
}

impl<T: Copy> Stack<T> {
    fn new(fill: T) -> Stack<T> {
        Stack { items: [fill; 4], len: 0 }
    }

    fn push(&mut self, x: T) -> Result<(), StackError> {
        if self.len == 4 {
            return Err(StackError::Full);
        }
        self.items[self.len] = x;
        self.len += 1;
        Ok(())
    }

    fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            None
        } else {
            self.len -= 1;
            Some(self.items[self.len])
        }
    }

    fn peek(&self) -> Option<&T> {
        if self.len == 0 { None } else { Some(&self.items[self.len - 1]) }
    }

    fn size(&self) -> usize {
        self.len
    }
}

fn main() {
    let mut ints: Stack<i32> = Stack::new(0);
    for i in 1..=5 {
        match ints.push(i * 10) {
            Ok(()) => println!("pushed {}", i * 10),
            Err(e) => println!("push {} failed: {:?}", i * 10, e),
        }
    }
    println!("size = {}", ints.size());
    println!("peek = {:?}", ints.peek());
    while let Some(top) = ints.pop() {
        println!("popped {}", top);
    }
    println!("empty pop = {:?}", ints.pop());

    let mut chars = Stack::new(' ');
    chars.push('a').unwrap();
    chars.push('b').unwrap();
    let top = chars.pop().unwrap_or('?');
    println!("char top = {}, left = {}", top, chars.size());
    println!("peek char = {}", chars.peek().map(|c| *c).unwrap_or('-'));
}
