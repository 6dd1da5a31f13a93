//@ compile-fail
//@ spec: 12.2
// Mutating through shared references and immutable bindings: a `&self`
// method that writes a field, a `&` parameter written through, a field of an
// immutable struct, and `&mut` of an immutable binding.
struct Stack {
    top: usize,
    items: [i32; 4],
}

impl Stack {
    fn push(&self, v: i32) {
        self.items[self.top] = v; //~ ERROR E0594
        self.top += 1; //~ ERROR E0594
    }
    fn clear(&mut self) {
        self.top = 0;
    }
}

fn zero(x: &i32) {
    *x = 0; //~ ERROR E0594
}

fn reset(x: &mut i32) {
    *x = 0;
}

fn main() {
    let s = Stack { top: 0, items: [0; 4] };
    s.clear(); //~ ERROR E0596
    s.top = 2; //~ ERROR E0594
    let arr = [1, 2, 3];
    arr[0] = 9; //~ ERROR E0594
    let n = 4;
    reset(&mut n); //~ ERROR E0596
    zero(&n);
}
